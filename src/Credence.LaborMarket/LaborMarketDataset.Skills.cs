using Credence.Domain.Microcredentials;
using Credence.LaborMarket.Search;

namespace Credence.LaborMarket;

/// <summary>Skills of occupations, skill and occupation search, suggestions and the durable-skills list.</summary>
public sealed partial class LaborMarketDataset
{
    /// <summary>The skills, knowledge areas and work styles (most important first, by importance × level) and then the technologies of an occupation.</summary>
    /// <param name="socCode">An O*NET-SOC code, or a SOC 2018 code (its <c>.00</c> O*NET occupation is used).</param>
    /// <exception cref="ArgumentNullException"><paramref name="socCode"/> is null.</exception>
    public IReadOnlyList<OccupationSkill> FindSkills(string socCode)
    {
        ArgumentNullException.ThrowIfNull(socCode);
        var occupation = FindOnet(socCode.Trim());
        return occupation is null ? [] : _skills.Value.For(occupation.OnetSocCode);
    }

    /// <summary>Searches skills and occupations by name and alternative labels: exact matches first, then prefixes, word prefixes and near misses.</summary>
    /// <param name="query">What the user typed.</param>
    /// <param name="limit">The most hits to return.</param>
    /// <param name="framework">Only entries of this framework, when given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    public IReadOnlyList<SkillSearchHit> Search(string query, int limit = 10, SkillFramework? framework = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        return _search.Value.Search(query, limit, framework);
    }

    /// <summary>Suggests the skills and knowledge most typical of a set of target occupations: O*NET elements ranked by importance × level averaged over the occupations.</summary>
    /// <param name="occupationCodes">SOC 2018 or O*NET-SOC codes; unknown codes are ignored.</param>
    /// <param name="limit">The most suggestions to return.</param>
    /// <exception cref="ArgumentNullException"><paramref name="occupationCodes"/> is null.</exception>
    public IReadOnlyList<OccupationSkill> SuggestSkills(IEnumerable<string> occupationCodes, int limit = 15)
    {
        ArgumentNullException.ThrowIfNull(occupationCodes);
        var occupations = occupationCodes.Select(c => FindOnet(c.Trim())).OfType<Model.Occupation>().DistinctBy(o => o.OnetSocCode).ToList();
        if (occupations.Count == 0)
        {
            return [];
        }

        return [.. occupations
            .SelectMany(o => _skills.Value.For(o.OnetSocCode))
            .Where(s => s.Framework == SkillFramework.OnetElement && s.Category != "work style")
            .GroupBy(s => s.Code, StringComparer.Ordinal)
            .Select(g => g.First() with
            {
                Importance = Math.Round(g.Sum(s => s.Importance ?? 0) / occupations.Count, 2),
                Level = Math.Round(g.Sum(s => s.Level ?? 0) / occupations.Count, 2),
            })
            .OrderByDescending(OccupationSkillIndex.Score)
            .ThenBy(s => s.Code, StringComparer.Ordinal)
            .Take(limit)];
    }

    /// <summary>The ESCO occupations the Nesta crosswalk maps to an O*NET occupation, most confident first.</summary>
    /// <param name="socCode">An O*NET-SOC code, or a SOC 2018 code (every O*NET occupation under it). The crosswalk uses O*NET-SOC 2010 codes, so occupations renumbered since may be missing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="socCode"/> is null.</exception>
    public IReadOnlyList<SkillAlignment> FindEscoOccupations(string socCode)
    {
        ArgumentNullException.ThrowIfNull(socCode);
        var code = socCode.Trim();
        return [.. _data.EscoOnet
            .Where(l => code.Length == 7 ? l.OnetSocCode.StartsWith(code, StringComparison.Ordinal) : l.OnetSocCode == code)
            .OrderByDescending(l => l.Confidence)
            .ThenBy(l => l.EscoLabel, StringComparer.Ordinal)
            .DistinctBy(l => l.EscoUri)
            .Select(l => new SkillAlignment { Framework = SkillFramework.EscoOccupation, Uri = l.EscoUri, Name = l.EscoLabel })];
    }

    /// <summary>The durable-skills list: ESCO transversal skills and O*NET basic skills, cross-functional skills and work styles, with their groups.</summary>
    public IReadOnlyList<DurableSkillEntry> DurableSkills =>
        [.. _data.DurableSkills.Select(d => new DurableSkillEntry(
            new SkillAlignment
            {
                Framework = d.Framework,
                Code = d.Framework == SkillFramework.OnetElement ? d.Code : null,
                Uri = d.Framework == SkillFramework.EscoSkill ? d.Code : null,
                Name = d.Name,
            },
            d.Group))];
}
