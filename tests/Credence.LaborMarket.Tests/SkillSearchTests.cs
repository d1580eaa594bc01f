using Credence.Domain.Microcredentials;

namespace Credence.LaborMarket.Tests;

public sealed class SkillSearchTests
{
    private static readonly LaborMarketDataset Data = LaborMarketDataset.Embedded;

    [Fact]
    public void An_exact_name_ranks_first()
    {
        var hits = Data.Search("Critical Thinking");

        Assert.Equal(SearchMatch.Exact, hits[0].Match);
        Assert.Equal(SkillFramework.OnetElement, hits[0].Framework);
        Assert.Equal("2.A.2.a", hits[0].Code);
    }

    [Fact]
    public void Matching_ignores_case_and_punctuation()
    {
        var hits = Data.Search("critical-THINKING");

        Assert.Equal("2.A.2.a", hits[0].Code);
    }

    [Fact]
    public void Exact_matches_come_before_prefix_matches_before_word_prefix_matches()
    {
        var hits = Data.Search("python", limit: 40);

        var tiers = hits.Select(h => (int)h.Match).ToList();
        Assert.Equal(tiers.Order(), tiers);
        Assert.Equal(SearchMatch.Exact, hits[0].Match);
        Assert.Equal(SkillFramework.OnetTechnology, hits[0].Framework);
    }

    [Fact]
    public void An_occupation_is_found_by_an_alternate_title_and_says_which_label_matched()
    {
        var hits = Data.Search("RN", framework: SkillFramework.OnetSoc);

        Assert.Equal("29-1141.00", hits[0].Code);
        Assert.Equal("Registered Nurses", hits[0].Name);
        Assert.Equal("RN", hits[0].MatchedLabel);
    }

    [Fact]
    public void Words_match_by_prefix_in_any_order()
    {
        var hits = Data.Search("supp comp user", framework: SkillFramework.OnetSoc);

        Assert.Contains(hits, h => h.Code == "15-1232.00");
        Assert.All(hits, h => Assert.Equal(SearchMatch.WordPrefix, h.Match));
    }

    [Fact]
    public void A_typo_still_finds_the_skill()
    {
        var hits = Data.Search("spreadsheat");

        Assert.Contains(hits, h => h.Name.Contains("spreadsheet", StringComparison.OrdinalIgnoreCase) && h.Match == SearchMatch.Fuzzy);
    }

    [Fact]
    public void ESCO_skills_are_found_by_alternative_labels_with_their_URI()
    {
        var hits = Data.Search("think critically", framework: SkillFramework.EscoSkill);

        Assert.NotEmpty(hits);
        Assert.StartsWith("http://data.europa.eu/esco/skill/", hits[0].Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hit_becomes_an_alignment_with_framework_code_uri_and_name()
    {
        var hit = Data.Search("Registered Nurses", framework: SkillFramework.OnetSoc)[0];

        var alignment = hit.ToAlignment();

        Assert.Equal(new SkillAlignment { Framework = SkillFramework.OnetSoc, Code = "29-1141.00", Name = "Registered Nurses" }, alignment);
    }

    [Fact]
    public void Blank_queries_find_nothing()
    {
        Assert.Empty(Data.Search("  -- "));
    }

    [Fact]
    public void Limit_caps_the_number_of_hits()
    {
        Assert.Equal(3, Data.Search("data", limit: 3).Count);
    }

    [Fact]
    public void Suggestions_for_target_occupations_are_their_most_important_skills_and_knowledge()
    {
        var suggestions = Data.SuggestSkills(["15-1232", "15-1231"], limit: 10);

        Assert.Equal(10, suggestions.Count);
        Assert.All(suggestions, s => Assert.Equal(SkillFramework.OnetElement, s.Framework));
        Assert.Contains(suggestions, s => s.Name == "Computers and Electronics");
        var scores = suggestions.Select(s => s.Importance!.Value * s.Level!.Value).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public void Suggestions_ignore_unknown_occupations()
    {
        Assert.Empty(Data.SuggestSkills(["00-0001"]));
    }
}
