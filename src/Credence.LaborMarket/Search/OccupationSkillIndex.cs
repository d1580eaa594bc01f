using Credence.Domain.Microcredentials;
using Credence.LaborMarket.Model;

namespace Credence.LaborMarket.Search;

/// <summary>The skills, knowledge, work styles and technologies of each O*NET-SOC occupation, most important first.</summary>
internal sealed class OccupationSkillIndex
{
    private readonly Dictionary<string, List<OccupationSkill>> _byOccupation = new(StringComparer.Ordinal);

    public OccupationSkillIndex(LaborMarketData data)
    {
        var elements = data.Elements.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var rating in data.Ratings)
        {
            var element = elements[rating.ElementId];
            var category = element.Kind switch
            {
                ElementKind.Skill => "skill",
                ElementKind.Knowledge => "knowledge",
                _ => "work style",
            };
            List(rating.OnetSocCode).Add(new OccupationSkill(SkillFramework.OnetElement, element.Id, element.Name, category, rating.Importance, rating.Level, false, false));
        }

        foreach (var list in _byOccupation.Values)
        {
            list.Sort((a, b) => Score(b).CompareTo(Score(a)) is var c && c != 0 ? c : string.CompareOrdinal(a.Code, b.Code));
        }

        foreach (var tech in data.TechnologySkills)
        {
            List(tech.OnetSocCode).Add(new OccupationSkill(SkillFramework.OnetTechnology, tech.CommodityCode, tech.Example, "technology", null, null, tech.Hot, tech.InDemand));
        }
    }

    /// <summary>Importance × level (importance alone for work styles, which have no level).</summary>
    public static decimal Score(OccupationSkill skill) => (skill.Importance ?? 0) * (skill.Level ?? skill.Importance ?? 0);

    public IReadOnlyList<OccupationSkill> For(string onetSocCode) =>
        _byOccupation.TryGetValue(onetSocCode, out var list) ? list : [];

    private List<OccupationSkill> List(string code)
    {
        if (!_byOccupation.TryGetValue(code, out var list))
        {
            list = [];
            _byOccupation[code] = list;
        }

        return list;
    }
}
