namespace Credence.Persistence.Issuing.Bulk;

/// <summary>Progress of a bulk run: valid rows handled so far out of all valid rows.</summary>
/// <param name="Done">Valid rows handled (issued or skipped).</param>
/// <param name="Total">Valid rows in the file.</param>
/// <param name="Issued">Credentials issued so far by this run.</param>
/// <param name="Skipped">Rows skipped because an earlier run issued them.</param>
public readonly record struct BulkIssueProgress(int Done, int Total, int Issued, int Skipped);
