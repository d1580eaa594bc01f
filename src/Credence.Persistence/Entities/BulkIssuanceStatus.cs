namespace Credence.Persistence.Entities;

/// <summary>Where a bulk issuance run stands.</summary>
public enum BulkIssuanceStatus
{
    /// <summary>Running (or stopped before it finished: a re-run of the file resumes).</summary>
    Running,

    /// <summary>Finished: every valid row is issued.</summary>
    Completed,

    /// <summary>The file had errors and nothing was issued.</summary>
    Rejected,
}
