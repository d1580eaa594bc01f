using Credence.Domain.Microcredentials;

namespace Credence.LaborMarket;

/// <summary>A skill or occupation found by <see cref="LaborMarketDataset.Search"/>, ready to become a <see cref="SkillAlignment"/>.</summary>
/// <param name="Framework">The framework of the entry.</param>
/// <param name="Code">The entry's code (O*NET element id, O*NET-SOC code, UNSPSC commodity code), where it has one.</param>
/// <param name="Uri">The entry's URI (ESCO), where known.</param>
/// <param name="Name">The entry's preferred name.</param>
/// <param name="Category">What the entry is: "skill", "knowledge", "work style", "technology", "occupation", "ESCO skill" or "ESCO occupation".</param>
/// <param name="MatchedLabel">The label that matched when it is an alternate title or label rather than the name.</param>
/// <param name="Match">How the query matched.</param>
public sealed record SkillSearchHit(
    SkillFramework Framework,
    string? Code,
    string? Uri,
    string Name,
    string Category,
    string? MatchedLabel,
    SearchMatch Match)
{
    /// <summary>Converts the hit to an alignment a competency can carry.</summary>
    public SkillAlignment ToAlignment() => new() { Framework = Framework, Code = Code, Uri = Uri, Name = Name };
}
