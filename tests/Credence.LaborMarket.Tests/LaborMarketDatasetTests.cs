using Credence.Domain.Common;
using Credence.Domain.LaborMarket;

namespace Credence.LaborMarket.Tests;

public sealed class LaborMarketDatasetTests
{
    private static readonly LaborMarketDataset Data = LaborMarketDataset.Embedded;
    private static readonly RegionRef Ohio = new("US", "OH");

    [Theory]
    [InlineData("15-1232", 60340)] // Computer User Support Specialists, OEWS May 2024 national A_MEDIAN
    [InlineData("29-1141", 93600)] // Registered Nurses
    [InlineData("51-4041", 56150)] // Machinists
    public void National_median_wage_matches_the_OEWS_May_2024_file(string soc, int median)
    {
        var wages = Data.FindWages(soc, RegionRef.UnitedStates);

        Assert.NotNull(wages);
        Assert.Equal(median, wages.MedianAnnual);
        Assert.Equal(AreaLevel.National, wages.AreaLevel);
        Assert.Contains("May 2024", wages.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Wages_accept_an_O_NET_SOC_code_and_use_its_SOC_roll_up()
    {
        var wages = Data.FindWages("15-1232.00", RegionRef.UnitedStates);

        Assert.Equal(60340m, wages?.MedianAnnual);
        Assert.Equal(47580m, wages?.Percentile25Annual);
        Assert.Equal(697210L, wages?.Employment);
    }

    [Fact]
    public void A_top_coded_median_is_flagged_and_reported_at_the_top_code()
    {
        var detail = Data.FindWageDetail("29-1211", RegionRef.UnitedStates); // Anesthesiologists: A_MEDIAN is "#"

        Assert.NotNull(detail);
        Assert.True(detail.Facts.MedianIsTopCoded);
        Assert.Equal(239_200m, detail.Facts.MedianAnnual);
        Assert.Equal(186_680m, detail.Facts.Percentile25Annual);
        Assert.Contains("median", detail.TopCodedFigures);
        Assert.Contains("p90", detail.TopCodedFigures);
    }

    [Fact]
    public void A_withheld_annual_wage_is_not_available_and_hourly_only_is_kept()
    {
        var detail = Data.FindWageDetail("27-2011", RegionRef.UnitedStates);

        Assert.NotNull(detail);
        Assert.Null(detail.Facts.MedianAnnual);
        Assert.False(detail.Facts.MedianIsTopCoded);
        Assert.True(detail.HourlyOnly);
        Assert.Equal(23.33m, detail.HourlyMedian);
    }

    [Fact]
    public void State_wages_come_from_the_state_file_and_say_which_area_was_used()
    {
        var wages = Data.FindWages("29-1141", Ohio);

        Assert.NotNull(wages);
        Assert.Equal(AreaLevel.State, wages.AreaLevel);
        Assert.Equal("Ohio", wages.AreaName);
        Assert.Equal(79940m, wages.MedianAnnual);
        Assert.Contains("May 2023", wages.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void State_can_be_given_as_its_FIPS_code()
    {
        var wages = Data.FindWages("29-1141", new RegionRef("US", "39"));

        Assert.Equal("Ohio", wages?.AreaName);
    }

    [Fact]
    public void An_unknown_metro_falls_back_to_the_state()
    {
        var wages = Data.FindWages("29-1141", new RegionRef("US", "OH", "18140"));

        Assert.Equal(AreaLevel.State, wages?.AreaLevel);
    }

    [Fact]
    public void An_unknown_state_falls_back_to_the_nation()
    {
        var wages = Data.FindWages("29-1141", new RegionRef("US", "ZZ"));

        Assert.Equal(AreaLevel.National, wages?.AreaLevel);
        Assert.Equal(93600m, wages?.MedianAnnual);
    }

    [Fact]
    public void Regions_outside_the_United_States_have_no_wages()
    {
        Assert.Null(Data.FindWages("29-1141", new RegionRef("DE")));
    }

    [Fact]
    public void Occupation_lookup_combines_O_NET_title_and_job_zone_with_BLS_entry_education()
    {
        var occupation = Data.FindOccupation("29-1141");

        Assert.NotNull(occupation);
        Assert.Equal("Registered Nurses", occupation.Title);
        Assert.Equal(4, occupation.JobZone);
        Assert.Equal("Bachelor's degree", occupation.TypicalEntryEducation);
        Assert.Contains("O*NET 29.2", occupation.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finer_O_NET_code_keeps_its_own_title()
    {
        var occupation = Data.FindOccupation("11-1011.03");

        Assert.Equal("Chief Sustainability Officers", occupation?.Title);
        Assert.Equal("11-1011", occupation?.SocCode);
    }

    [Fact]
    public void Unknown_occupations_are_not_found()
    {
        Assert.Null(Data.FindOccupation("99-9998"));
        Assert.Null(Data.FindOutlook("99-9998"));
    }

    [Fact]
    public void Outlook_comes_from_the_projections_with_openings_multiplied_out()
    {
        var outlook = Data.FindOutlook("15-1232");

        Assert.NotNull(outlook);
        Assert.Equal(5m, outlook.EmploymentChangePercent);
        Assert.Equal(53_200m, outlook.AnnualOpenings);
        Assert.Equal("2022–32", outlook.Period);
    }

    [Fact]
    public void A_CIP_program_maps_to_its_SOC_occupations()
    {
        var links = Data.FindOccupationsForProgram("51.3801");

        Assert.Equal(["25-1072", "29-1141"], links.Select(l => l.SocCode).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_SOC_occupation_maps_back_to_its_CIP_programs()
    {
        var links = Data.FindProgramsForOccupation("15-1232");

        Assert.Equal(["01.0106", "11.1006", "51.0709"], links.Select(l => l.CipCode).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_no_match_rows_of_the_crosswalk_are_dropped()
    {
        Assert.Empty(Data.FindProgramsForOccupation("99-9999"));
    }

    [Fact]
    public void Default_threshold_is_the_state_all_occupations_median_labelled_as_a_benchmark()
    {
        var threshold = Data.FindWageThreshold(Ohio);

        Assert.NotNull(threshold);
        Assert.Equal(46_690m, threshold.AnnualAmount);
        Assert.Equal(WageThresholdKind.RegionalMedianBenchmark, threshold.Kind);
        Assert.Equal("regional median wage (default benchmark)", threshold.Label);
        Assert.DoesNotContain("livable", threshold.Label, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void National_threshold_is_the_national_all_occupations_median()
    {
        var threshold = Data.FindWageThreshold(RegionRef.UnitedStates);

        Assert.Equal(49_500m, threshold?.AnnualAmount);
    }

    [Fact]
    public void An_institution_livable_wage_replaces_the_benchmark_for_its_region_only()
    {
        var table = new LivableWageTable([new LivableWage("US-OH", "1 adult", 25m, WagePeriod.Hourly, "Institution policy 2026")]);
        var data = Data.WithLivableWages(table);

        var ohio = data.FindWageThreshold(Ohio);
        var nation = data.FindWageThreshold(RegionRef.UnitedStates);

        Assert.Equal(WageThresholdKind.InstitutionLivableWage, ohio?.Kind);
        Assert.Equal(52_000m, ohio?.AnnualAmount);
        Assert.Equal(WageThresholdKind.RegionalMedianBenchmark, nation?.Kind);
    }

    [Fact]
    public void Price_parity_estimate_is_explicit_and_labelled_as_an_estimate()
    {
        var estimate = Data.EstimateWageThreshold(Ohio);

        Assert.NotNull(estimate);
        Assert.Equal(WageThresholdKind.Estimate, estimate.Kind);
        Assert.Contains("estimate", estimate.Label, StringComparison.Ordinal);
        Assert.InRange(estimate.AnnualAmount, 40_000m, 49_500m);
    }

    [Fact]
    public void Vintage_names_every_source_with_its_release()
    {
        var sources = string.Join("\n", Data.Vintage.Sources);

        Assert.Contains("O*NET 29.2", sources, StringComparison.Ordinal);
        Assert.Contains("OEWS May 2024", sources, StringComparison.Ordinal);
        Assert.Contains("ESCO v1.2.0", sources, StringComparison.Ordinal);
        Assert.Contains("2022–32", sources, StringComparison.Ordinal);
    }

    [Fact]
    public void Skills_of_an_occupation_are_ranked_by_importance_times_level_then_technologies()
    {
        var skills = Data.FindSkills("29-1141");

        Assert.Contains(skills[0].Category, new[] { "skill", "knowledge", "work style" });
        Assert.Contains(skills, s => s.Category == "technology" && s.HotTechnology);
        var rated = skills.TakeWhile(s => s.Importance is not null).Select(s => s.Importance!.Value * (s.Level ?? s.Importance!.Value)).ToList();
        Assert.Equal(rated.OrderByDescending(x => x), rated);
    }

    [Fact]
    public void Alternate_titles_and_descriptions_are_available()
    {
        Assert.Contains("RN", Data.FindAlternateTitles("29-1141.00"));
        Assert.False(string.IsNullOrEmpty(Data.FindDescription("15-1232")));
        Assert.Contains("15-1211.01", Data.FindOnetCodes("15-1211"));
    }

    [Fact]
    public void Durable_skills_list_has_ESCO_transversal_and_O_NET_cross_functional_entries()
    {
        var durable = Data.DurableSkills;

        Assert.Contains(durable, d => d.Skill.Framework == Domain.Microcredentials.SkillFramework.EscoSkill && d.Skill.Uri is not null);
        Assert.Contains(durable, d => d.Skill.Code == "2.B.1.a");
        Assert.Contains(durable, d => d.Group == "O*NET Work Styles");
    }

    [Fact]
    public void ESCO_occupations_of_an_O_NET_occupation_come_from_the_crosswalk()
    {
        var esco = Data.FindEscoOccupations("11-1011.00");

        Assert.Contains(esco, e => e.Name == "secretary of state" && e.Uri == "http://data.europa.eu/esco/occupation/0ee67d5e-8de9-48f0-97c5-ba23d486b1e9");
        Assert.All(esco, e => Assert.Equal(Domain.Microcredentials.SkillFramework.EscoOccupation, e.Framework));
        Assert.Equal(esco.Count, Data.FindEscoOccupations("11-1011").Count(e => esco.Contains(e)));
    }
}
