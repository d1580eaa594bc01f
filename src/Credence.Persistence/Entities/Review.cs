using Credence.Domain.Common;

namespace Credence.Persistence.Entities;

/// <summary>A quality review of a design version by a reviewer.</summary>
public sealed class Review
{
    /// <summary>The database key.</summary>
    public long Id { get; set; }

    /// <summary>The reviewed version's key.</summary>
    public long DesignVersionId { get; set; }

    /// <summary>The reviewed version.</summary>
    public DesignVersion? DesignVersion { get; set; }

    /// <summary>Who reviewed it (user id).</summary>
    public required string ReviewerId { get; set; }

    /// <summary>The kind of reviewer.</summary>
    public ReviewerKind ReviewerKind { get; set; }

    /// <summary>The outcome.</summary>
    public ReviewOutcome Outcome { get; set; }

    /// <summary>The reviewer's notes.</summary>
    public string? Notes { get; set; }

    /// <summary>When it was recorded.</summary>
    public DateTimeOffset ReviewedAt { get; set; }

    /// <summary>The evidence the review rests on.</summary>
    public List<EvidenceLink> Evidence { get; } = [];
}
