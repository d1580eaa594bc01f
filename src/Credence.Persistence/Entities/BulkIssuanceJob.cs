namespace Credence.Persistence.Entities;

/// <summary>One run of bulk issuance from a CSV file: what it read, what it issued and the rows it refused.</summary>
public sealed class BulkIssuanceJob
{
    /// <summary>The database key.</summary>
    public long Id { get; set; }

    /// <summary>The issuing institution's key.</summary>
    public long InstitutionId { get; set; }

    /// <summary>The microcredential version issued.</summary>
    public long DesignVersionId { get; set; }

    /// <summary>The file's name as uploaded or given.</summary>
    public required string FileName { get; set; }

    /// <summary>The SHA-256 of the file, lower-case hex.</summary>
    public required string FileSha256 { get; set; }

    /// <summary>Data rows in the file.</summary>
    public int TotalRows { get; set; }

    /// <summary>Rows that passed validation.</summary>
    public int ValidRows { get; set; }

    /// <summary>Rows with at least one error.</summary>
    public int InvalidRows { get; set; }

    /// <summary>Credentials this run issued.</summary>
    public int IssuedCount { get; set; }

    /// <summary>Valid rows skipped because an earlier run already issued them.</summary>
    public int SkippedCount { get; set; }

    /// <summary>Running, completed or rejected.</summary>
    public BulkIssuanceStatus Status { get; set; }

    /// <summary>The row errors as JSON (an array of <c>{row, field, code, message}</c>).</summary>
    public string? ErrorsJson { get; set; }

    /// <summary>Who started it.</summary>
    public string? StartedBy { get; set; }

    /// <summary>When it started.</summary>
    public DateTimeOffset StartedAt { get; set; }

    /// <summary>When it finished.</summary>
    public DateTimeOffset? CompletedAt { get; set; }
}
