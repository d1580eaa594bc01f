namespace Credence.Persistence.Issuing.Bulk;

/// <summary>A bulk issuance run: which institution's microcredential, and the CSV file.</summary>
public sealed record BulkIssueRequest
{
    /// <summary>Gets the institution's slug.</summary>
    public required string Institution { get; init; }

    /// <summary>Gets the microcredential's id (its published version is issued).</summary>
    public required string MicrocredentialId { get; init; }

    /// <summary>Gets the CSV text (docs/issuing.md).</summary>
    public required string Csv { get; init; }

    /// <summary>Gets the file's name, for the run's record.</summary>
    public string FileName { get; init; } = "upload.csv";

    /// <summary>Gets who runs it.</summary>
    public string? StartedBy { get; init; }

    /// <summary>Gets how many rows are signed and stored per transaction.</summary>
    public int BatchSize { get; init; } = 1000;
}
