namespace Credence.Persistence.Entities;

/// <summary>A stored scorecard: the evaluation of one design version against one framework version.</summary>
public sealed class ScorecardRecord
{
    /// <summary>The database key.</summary>
    public long Id { get; set; }

    /// <summary>The evaluated version's key.</summary>
    public long DesignVersionId { get; set; }

    /// <summary>The evaluated version.</summary>
    public DesignVersion? DesignVersion { get; set; }

    /// <summary>The framework's id (<c>mvf</c>, <c>pathway-design</c>, …).</summary>
    public required string FrameworkId { get; set; }

    /// <summary>The framework version the scorecard used.</summary>
    public required string FrameworkVersion { get; set; }

    /// <summary>The labor-market data vintage the scorecard used, if any.</summary>
    public string? DataVintage { get; set; }

    /// <summary>The evaluation date.</summary>
    public DateOnly AsOf { get; set; }

    /// <summary>The overall score (0–100), or null when nothing could be scored.</summary>
    public double? OverallScore { get; set; }

    /// <summary>The scorecard as JSON (<see cref="Designs.DesignJson"/>).</summary>
    public required string Content { get; set; }

    /// <summary>When it was stored.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
