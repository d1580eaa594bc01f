namespace Credence.Persistence.Designs;

/// <summary>How <see cref="DesignImporter"/> imports authoring files (labor-market facts for the scorecards come from <see cref="DesignScorer"/>).</summary>
public sealed record ImportOptions
{
    /// <summary>Publish every imported design right away (for example the sample institution); otherwise each becomes a draft.</summary>
    public bool Publish { get; init; }
}
