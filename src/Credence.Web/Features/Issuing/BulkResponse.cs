using Credence.Persistence.Issuing.Bulk;

namespace Credence.Web.Features.Issuing;

/// <summary>The outcome of a bulk upload: rows read, rows issued, rows already issued before (a re-upload), and every problem by row and field.</summary>
internal sealed record BulkResponse(long JobId, string? Code, int TotalRows, int Issued, int Skipped, int InvalidRows, IReadOnlyList<BulkResponse.RowProblem> Problems)
{
    public static BulkResponse From(BulkIssueReport report) =>
        new(report.JobId, report.Code, report.TotalRows, report.Issued, report.Skipped, report.InvalidRows,
            report.Problems.Select(p => new RowProblem(p.Row, p.Field, p.Code, p.Message)).ToList());

    /// <summary>One problem: the CSV line (1 is the header), the column, the code and what is wrong.</summary>
    internal sealed record RowProblem(int? Row, string? Field, string Code, string Message);
}
