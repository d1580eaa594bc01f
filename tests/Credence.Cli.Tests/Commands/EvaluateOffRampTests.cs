using System.Net;
using System.Text.Json.Nodes;
using Credence.Cli.Reports;
using Credence.Domain.Common;
using Credence.LaborMarket;

namespace Credence.Cli.Tests.Commands;

public sealed class EvaluateOffRampTests
{
    private const int SamplePathways = 4;

    /// <summary>Per format: where a pathway's off-ramp section starts and where it ends, and how text is escaped in it.</summary>
    public static TheoryData<string, string, string, bool> Sections => new()
    {
        { "table", "Off-ramps: jobs and wages per stage", "════", false },
        { "markdown", "### Off-ramps: jobs and wages per stage", "\n## ", false },
        { "html", "<article class=\"off-ramps\"", "</article>", true },
    };

    [Theory]
    [MemberData(nameof(Sections))]
    public async Task Evaluate_shows_each_sample_pathways_stages_with_wages_and_sources(string format, string start, string end, bool html)
    {
        var expected = await ExpectedOffRampsAsync();
        var run = await CliRun.RunAsync("evaluate", Path.Combine(CliRun.Samples, "pathways"), "--include", CliRun.Samples, "--format", format);

        Assert.Equal(0, run.ExitCode);
        var sections = Split(run.Out, start, end);
        Assert.Equal(SamplePathways, sections.Count);
        for (var i = 0; i < SamplePathways; i++)
        {
            var (stages, sources) = expected[i];
            foreach (var (title, medians) in stages)
            {
                Assert.Contains(html ? WebUtility.HtmlEncode(title) : title, sections[i], StringComparison.Ordinal);
                Assert.All(medians, median => Assert.Contains(ReportText.Money(median), sections[i], StringComparison.Ordinal));
            }

            Assert.All(sources, source => Assert.Contains(html ? WebUtility.HtmlEncode(source) : source, sections[i], StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Evaluate_json_gives_each_pathway_scorecard_its_off_ramps_with_wages_from_the_data()
    {
        var run = await CliRun.RunAsync("evaluate", Path.Combine(CliRun.Samples, "pathways"), "--include", CliRun.Samples, "--json");

        Assert.Equal(0, run.ExitCode);
        var array = JsonNode.Parse(run.Out)!.AsArray();
        Assert.All(array, card => Assert.Equal((string?)card!["subjectId"], (string?)card["offRamps"]!["pathwayId"]));
        var itSupport = array.First(c => (string?)c!["subjectId"] == "srcc-it-support-pathway")!["offRamps"]!;
        var helpDesk = itSupport["points"]!.AsArray().First(p => (string?)p!["stageId"] == "help-desk")!;
        var occupation = helpDesk["occupations"]!.AsArray().First(o => (string?)o!["code"] == "15-1232.00")!;
        var wages = LaborMarketDataset.Embedded.FindWages("15-1232.00", new RegionRef("US", "OH"))!;
        Assert.Equal(wages.MedianAnnual, (decimal?)occupation["wages"]!["medianAnnual"]);
        Assert.Equal(wages.Percentile25Annual, (decimal?)occupation["wages"]!["percentile25Annual"]);
        Assert.Contains(wages.Source, occupation["sources"]!.AsArray().Select(s => (string?)s));
        Assert.Equal(["Computer user support specialist"], helpDesk["exitTitles"]!.AsArray().Select(t => (string?)t));
        Assert.NotNull(itSupport["threshold"]!["annualAmount"]);
    }

    [Fact]
    public async Task Evaluate_html_folder_shows_the_off_ramps_on_each_pathway_page_only()
    {
        using var folder = new TempFolder();

        var run = await CliRun.RunAsync("evaluate", Path.Combine(CliRun.Samples, "pathways"), "--include", CliRun.Samples, "--format", "html", "--out", folder.Path);

        Assert.Equal(0, run.ExitCode);
        var index = await File.ReadAllTextAsync(Path.Combine(folder.Path, "index.html"), TestContext.Current.CancellationToken);
        Assert.DoesNotContain("<article class=\"off-ramps\"", index, StringComparison.Ordinal);
        var page = await File.ReadAllTextAsync(Path.Combine(folder.Path, "srcc-it-support-pathway.html"), TestContext.Current.CancellationToken);
        Assert.Single(Split(page, "<article class=\"off-ramps\"", "</article>"));
        Assert.Contains("<svg class=\"wages\"", page, StringComparison.Ordinal);
    }

    public static TheoryData<string> TextFormats => new() { "table", "markdown", "html" };

    [Theory]
    [MemberData(nameof(TextFormats))]
    public async Task Evaluate_without_labor_market_data_shows_no_off_ramps(string format)
    {
        var run = await CliRun.RunAsync("evaluate", Path.Combine(CliRun.Samples, "pathways"), "--include", CliRun.Samples, "--format", format, "--no-labor-market");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("Off-ramps", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"off-ramps\"", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg class=\"wages\"", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_json_without_labor_market_data_has_null_off_ramps()
    {
        var run = await CliRun.RunAsync("evaluate", Path.Combine(CliRun.Samples, "pathways"), "--include", CliRun.Samples, "--json", "--no-labor-market");

        Assert.Equal(0, run.ExitCode);
        var array = JsonNode.Parse(run.Out)!.AsArray();
        Assert.NotEmpty(array);
        Assert.All(array, card =>
        {
            Assert.True(card!.AsObject().ContainsKey("offRamps"));
            Assert.Null(card["offRamps"]);
        });
    }

    [Fact]
    public async Task Evaluate_json_gives_microcredentials_null_off_ramps()
    {
        var run = await CliRun.RunAsync("evaluate", Path.Combine(CliRun.Samples, "microcredentials", "medical-terminology.yaml"), "--include", CliRun.Samples, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.All(JsonNode.Parse(run.Out)!.AsArray(), card => Assert.Null(card!["offRamps"]));
    }

    /// <summary>Per sample pathway, in report order: each point's title with the median wages of its occupations, and the sources behind them, as the JSON report gives them.</summary>
    private static async Task<List<(List<(string Title, List<decimal> Medians)> Stages, List<string> Sources)>> ExpectedOffRampsAsync()
    {
        var run = await CliRun.RunAsync("evaluate", Path.Combine(CliRun.Samples, "pathways"), "--include", CliRun.Samples, "--json", "--framework", "pathway-design");
        Assert.Equal(0, run.ExitCode);
        var result = new List<(List<(string, List<decimal>)>, List<string>)>();
        foreach (var card in JsonNode.Parse(run.Out)!.AsArray())
        {
            var points = card!["offRamps"]!["points"]!.AsArray();
            var stages = points
                .Where(p => (string?)p!["kind"] == "stage")
                .Select(p => ((string)p!["title"]!, p["occupations"]!.AsArray().Select(o => (decimal?)o!["wages"]?["medianAnnual"]).OfType<decimal>().ToList()))
                .ToList();
            Assert.Contains(stages, s => s.Item2.Count > 0);
            var sources = points.SelectMany(p => p!["occupations"]!.AsArray()).SelectMany(o => o!["sources"]!.AsArray()).Select(s => (string)s!).Distinct(StringComparer.Ordinal).ToList();
            Assert.NotEmpty(sources);
            result.Add((stages, sources));
        }

        return result;
    }

    private static List<string> Split(string text, string start, string end)
    {
        var sections = new List<string>();
        for (var at = text.IndexOf(start, StringComparison.Ordinal); at >= 0; at = text.IndexOf(start, at + start.Length, StringComparison.Ordinal))
        {
            var stop = text.IndexOf(end, at + start.Length, StringComparison.Ordinal);
            sections.Add(text[at..(stop < 0 ? text.Length : stop)]);
        }

        return sections;
    }
}
