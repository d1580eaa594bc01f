namespace Credence.Persistence.Entities;

/// <summary>One line of the audit log: who changed what, and when.</summary>
public sealed class AuditEntry
{
    /// <summary>The database key; entries are appended in key order.</summary>
    public long Id { get; set; }

    /// <summary>When it happened (from the host's <see cref="TimeProvider"/>).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>Who did it (user id), or null for the system itself.</summary>
    public string? UserId { get; set; }

    /// <summary>The user's name at the time.</summary>
    public string? UserName { get; set; }

    /// <summary>What was done (<c>design.draft-created</c>, <c>design.published</c>, …).</summary>
    public required string Action { get; set; }

    /// <summary>The kind of thing changed (<c>microcredential</c>, <c>pathway</c>, <c>institution</c>, …).</summary>
    public required string EntityType { get; set; }

    /// <summary>Which one (<c>lakeshore/network-basics</c>).</summary>
    public required string EntityKey { get; set; }

    /// <summary>The institution concerned, if any.</summary>
    public long? InstitutionId { get; set; }

    /// <summary>Further detail (version number and the like).</summary>
    public string? Details { get; set; }
}
