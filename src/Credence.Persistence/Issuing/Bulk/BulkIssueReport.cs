namespace Credence.Persistence.Issuing.Bulk;

/// <summary>What a bulk run did: every problem (row, field, code), and the counts.</summary>
/// <param name="Code">An <see cref="IssuingCodes"/> code when the run could not start (institution or microcredential not found); null otherwise.</param>
/// <param name="JobId">The run's <c>BulkIssuanceJobs</c> key; 0 when it could not start.</param>
/// <param name="TotalRows">Data rows in the file.</param>
/// <param name="Problems">Every problem; a header problem (row 1) means no row was issued.</param>
/// <param name="Issued">Credentials this run issued.</param>
/// <param name="Skipped">Valid rows an earlier run had already issued.</param>
public sealed record BulkIssueReport(string? Code, long JobId, int TotalRows, IReadOnlyList<IssuingProblem> Problems, int Issued, int Skipped)
{
    /// <summary>Gets the number of rows with at least one problem.</summary>
    public int InvalidRows => Problems.Where(p => p.Row > 1).Select(p => p.Row).Distinct().Count();
}
