using Credence.Domain.Microcredentials;

namespace Credence.LaborMarket;

/// <summary>A skill, knowledge area, work style or technology an occupation calls for, with its O*NET ratings.</summary>
/// <param name="Framework">The framework the entry belongs to (O*NET element or O*NET technology skill).</param>
/// <param name="Code">The O*NET element id (<c>2.A.1.a</c>) or UNSPSC commodity code.</param>
/// <param name="Name">The entry's name.</param>
/// <param name="Category">"skill", "knowledge", "work style" or "technology".</param>
/// <param name="Importance">O*NET importance (1–5), where rated.</param>
/// <param name="Level">O*NET level (0–7), where rated.</param>
/// <param name="HotTechnology">For technology skills: O*NET flags it as a hot technology.</param>
/// <param name="InDemand">For technology skills: O*NET flags it as in demand for the occupation.</param>
public sealed record OccupationSkill(
    SkillFramework Framework,
    string Code,
    string Name,
    string Category,
    decimal? Importance,
    decimal? Level,
    bool HotTechnology,
    bool InDemand)
{
    /// <summary>Converts the entry to an alignment a competency can carry.</summary>
    public SkillAlignment ToAlignment() => new() { Framework = Framework, Code = Code, Name = Name };
}
