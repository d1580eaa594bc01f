using Credence.Domain.LaborMarket;

namespace Credence.Persistence.Designs;

/// <summary>How <see cref="DesignImporter"/> imports authoring files.</summary>
public sealed record ImportOptions
{
    /// <summary>Publish every imported design right away (for example the sample institution); otherwise each becomes a draft.</summary>
    public bool Publish { get; init; }

    /// <summary>Labor-market facts for the scorecards; without them labor-market criteria report not enough information.</summary>
    public ILaborMarketFacts? LaborMarket { get; init; }
}
