using Credence.Domain.Common;
using Credence.Domain.LaborMarket;
using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;

namespace Credence.LaborMarket.Tests.Pathways;

public sealed class OffRampAnalysisTests
{
    private static readonly Dictionary<string, Microcredential> Microcredentials = new(StringComparer.Ordinal)
    {
        ["it-support"] = new() { Id = "it-support", Title = "IT Support Fundamentals", TargetOccupations = ["15-1232"] },
        ["networking"] = new() { Id = "networking", Title = "Networking Essentials", TargetOccupations = ["15-1231"] },
        ["security"] = new() { Id = "security", Title = "Security Operations" },
    };

    private static Pathway ItPathway(RegionRef? region) => new()
    {
        Id = "it-pathway",
        Title = "IT Pathway",
        Region = region,
        Stages =
        [
            new PathwayStage { Id = "s1", Title = "Support", Microcredentials = ["it-support"] },
            new PathwayStage { Id = "s2", Title = "Networks", Microcredentials = ["networking", "missing-id"], After = ["s1"] },
            new PathwayStage { Id = "s3", Title = "Security", Microcredentials = ["security"], After = ["s2"] },
        ],
        OffRamps = [new OffRamp { AfterStage = "s3", Title = "Security analyst", Occupations = ["15-1212"] }],
        TargetOccupations = ["15-1212", "15-1244"],
    };

    [Fact]
    public void Each_stage_lists_the_occupations_of_its_microcredentials_and_exits_with_wages_and_outlook()
    {
        var report = OffRampAnalysis.Analyze(ItPathway(new RegionRef("US", "OH")), Microcredentials, LaborMarketDataset.Embedded);

        Assert.Equal(["s1", "s2", "s3", null], report.Points.Select(p => p.StageId));
        var support = Assert.Single(report.Points[0].Occupations);
        Assert.Equal("15-1232", support.Code);
        Assert.Equal("Computer User Support Specialists", support.Title);
        Assert.Equal(AreaLevel.State, support.Wages?.AreaLevel);
        Assert.NotNull(support.Wages?.Percentile25Annual);
        Assert.NotNull(support.Outlook);
        Assert.Equal(["Security analyst"], report.Points[2].ExitTitles);
        Assert.Equal("15-1212", Assert.Single(report.Points[2].Occupations).Code);
        Assert.Equal(OffRampPointKind.Completion, report.Points[3].Kind);
    }

    [Fact]
    public void Clearing_the_threshold_compares_the_median_with_the_regional_benchmark()
    {
        var report = OffRampAnalysis.Analyze(ItPathway(new RegionRef("US", "OH")), Microcredentials, LaborMarketDataset.Embedded);

        Assert.Equal(WageThresholdKind.RegionalMedianBenchmark, report.Threshold?.Kind);
        foreach (var occupation in report.Points.SelectMany(p => p.Occupations))
        {
            Assert.Equal(occupation.Wages!.MedianAnnual >= report.Threshold!.AnnualAmount, occupation.ClearsThreshold);
        }

        Assert.True(report.Points[2].ClearsThreshold);
    }

    [Fact]
    public void A_high_institution_livable_wage_is_not_cleared()
    {
        var data = LaborMarketDataset.Embedded.WithLivableWages(new LivableWageTable([new LivableWage("US", "1 adult 2 children", 300_000m, WagePeriod.Annual, "test policy")]));

        var report = OffRampAnalysis.Analyze(ItPathway(null), Microcredentials, data);

        Assert.Equal(WageThresholdKind.InstitutionLivableWage, report.Threshold?.Kind);
        Assert.All(report.Points, p => Assert.False(p.ClearsThreshold));
    }

    [Fact]
    public void Every_figure_names_its_source_and_vintage()
    {
        var report = OffRampAnalysis.Analyze(ItPathway(null), Microcredentials, LaborMarketDataset.Embedded);

        var occupation = report.Points[0].Occupations[0];
        Assert.Contains(occupation.Sources, s => s.Contains("OEWS May 2024", StringComparison.Ordinal));
        Assert.Contains(occupation.Sources, s => s.Contains("Employment Projections", StringComparison.Ordinal));
        Assert.Contains(occupation.Sources, s => s.Contains("O*NET 29.2", StringComparison.Ordinal));
        Assert.Equal(LaborMarketDataset.Embedded.Vintage, report.Vintage);
        Assert.Equal(RegionRef.UnitedStates, report.Region);
    }

    [Fact]
    public void Unknown_occupations_are_listed_without_figures()
    {
        var pathway = ItPathway(null) with { TargetOccupations = ["99-9998"] };

        var report = OffRampAnalysis.Analyze(pathway, Microcredentials, LaborMarketDataset.Embedded);

        var unknown = Assert.Single(report.Points[^1].Occupations);
        Assert.Null(unknown.Title);
        Assert.Null(unknown.ClearsThreshold);
        Assert.Null(report.Points[^1].ClearsThreshold);
    }
}
