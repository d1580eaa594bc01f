using System.Text.Json.Nodes;
using Credence.Cli.Reports;
using Credence.Domain.Authoring;
using Microsoft.Extensions.Time.Testing;

namespace Credence.Cli.Tests.Commands;

public sealed class EvaluateCommandTests
{
    private const int SampleMicrocredentials = 13;
    private const int SamplePathways = 4;

    public static TheoryData<string> Formats => new() { "table", "json", "markdown", "html" };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Evaluate_reports_the_samples_in_every_format(string format)
    {
        var run = await CliRun.RunAsync("evaluate", CliRun.Samples, "--format", format, "--no-labor-market");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("IT Help Desk Fundamentals", run.Out, StringComparison.Ordinal);
        Assert.Contains("Advanced Manufacturing Technician Pathway", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_gives_every_sample_a_scorecard_with_the_embedded_labor_market_data()
    {
        var run = await CliRun.RunAsync("evaluate", CliRun.Samples, "--json");

        Assert.Equal(0, run.ExitCode);
        var scorecards = JsonReport.Read(run.Out);
        Assert.Equal(SampleMicrocredentials, scorecards.Where(s => s.SubjectKind == Domain.Frameworks.SubjectKind.Microcredential).Select(s => s.SubjectId).Distinct().Count());
        Assert.Equal(SamplePathways, scorecards.Where(s => s.SubjectKind == Domain.Frameworks.SubjectKind.Pathway).Select(s => s.SubjectId).Distinct().Count());
        Assert.All(scorecards, s => Assert.NotNull(s.DataVintage));
        Assert.All(scorecards, s => Assert.Equal(new DateOnly(2026, 11, 28), s.AsOf));
    }

    [Fact]
    public async Task Evaluate_without_labor_market_data_records_no_vintage()
    {
        var run = await CliRun.RunAsync("evaluate", CliRun.Samples, "--json", "--no-labor-market");

        Assert.All(JsonReport.Read(run.Out), s => Assert.Null(s.DataVintage));
    }

    [Fact]
    public async Task Evaluate_reads_today_from_the_time_provider_and_stores_an_explicit_as_of_date()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2027, 3, 1, 12, 0, 0, TimeSpan.Zero));

        var today = await CliRun.RunAsync(time, "evaluate", CliRun.Samples, "--json", "--no-labor-market");
        var explicitDate = await CliRun.RunAsync(time, "evaluate", CliRun.Samples, "--json", "--no-labor-market", "--as-of", "2025-06-30");

        Assert.All(JsonReport.Read(today.Out), s => Assert.Equal(new DateOnly(2027, 3, 1), s.AsOf));
        Assert.All(JsonReport.Read(explicitDate.Out), s => Assert.Equal(new DateOnly(2025, 6, 30), s.AsOf));
    }

    [Fact]
    public async Task Evaluate_reports_a_bad_file_with_its_code_and_location_and_exits_1()
    {
        using var folder = new TempFolder();
        var file = folder.Write("bad.yaml", "kind: microcredential\nid: bad-one\ntitle: Bad\ncostz: 12\n");

        var run = await CliRun.RunAsync("evaluate", folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{AuthoringCodes.UnknownField}: {file}:4:1 ", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public async Task Evaluate_lists_every_problem_of_every_file_in_one_run()
    {
        using var folder = new TempFolder();
        folder.Write("a.yaml", "kind: microcredential\nid: a\ntitle: A\ncostz: 12\n");
        folder.Write("b.yml", "kind: pathway\nid: b\ntitle: B\nstages:\n  - id: one\n    microcredentials: [nowhere]\n");

        var run = await CliRun.RunAsync("evaluate", folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(AuthoringCodes.UnknownField + ":", run.Error, StringComparison.Ordinal);
        Assert.Contains(AuthoringCodes.UnknownMicrocredential + ":", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_with_json_writes_the_problems_as_json_too()
    {
        using var folder = new TempFolder();
        var file = folder.Write("bad.yaml", "kind: microcredential\nid: bad-one\ntitle: Bad\ncostz: 12\n");

        var run = await CliRun.RunAsync("evaluate", folder.Path, "--json");

        Assert.Equal(1, run.ExitCode);
        var document = JsonNode.Parse(run.Out)!;
        Assert.Equal(JsonReport.SchemaVersion, (string?)document["schemaVersion"]);
        var error = document["errors"]![0]!;
        Assert.Equal(AuthoringCodes.UnknownField, (string?)error["code"]);
        Assert.Equal(file, (string?)error["path"]);
        Assert.Equal(4, (int?)error["line"]);
    }

    public static TheoryData<string[], string> UsageErrors => new()
    {
        { ["evaluate"], CliCodes.Usage }, // no path
        { ["evaluate", "samples", "--bogus"], CliCodes.Usage }, // unknown option
        { ["evaluate", "samples", "--format", "pdf"], CliCodes.Usage }, // format not offered
        { ["evaluate", "samples", "--as-of", "28/11/2026"], CliCodes.Usage }, // date not YYYY-MM-DD
        { ["evaluate", "samples", "--json", "--format", "html"], CliCodes.Usage }, // conflicting formats
        { ["evaluate", "samples", "--fail-under", "120"], CliCodes.Usage }, // score out of range
        { ["evaluate", "no/such/folder"], CliCodes.PathNotFound }, // missing input
        { ["frobnicate"], CliCodes.Usage }, // unknown command
    };

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public async Task Evaluate_exits_2_on_usage_errors(string[] args, string code)
    {
        var resolved = args.Select(a => a == "samples" ? CliRun.Samples : a).ToArray();

        var run = await CliRun.RunAsync(resolved);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(code + ":", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_exits_2_for_an_unknown_framework()
    {
        var run = await CliRun.RunAsync("evaluate", CliRun.Samples, "--framework", "nope");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(CliCodes.UnknownFramework + ":", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_exits_2_when_a_folder_holds_no_yaml()
    {
        using var folder = new TempFolder();
        folder.Write("notes.txt", "nothing here");

        var run = await CliRun.RunAsync("evaluate", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(CliCodes.NothingToEvaluate + ":", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_fails_under_a_threshold_that_some_scorecard_misses()
    {
        var run = await CliRun.RunAsync("evaluate", CliRun.Samples, "--json", "--no-labor-market", "--fail-under", "99");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(CliCodes.ScoreBelowThreshold + ": srcc-medical-terminology ", run.Error, StringComparison.Ordinal);
        Assert.NotEmpty(JsonReport.Read(run.Out));
    }

    [Fact]
    public async Task Evaluate_passes_a_threshold_every_scorecard_meets()
    {
        var run = await CliRun.RunAsync("evaluate", Path.Combine(CliRun.Samples, "microcredentials", "it-help-desk-fundamentals.yaml"), "--include", CliRun.Samples, "--no-labor-market", "--framework", "mvf", "--fail-under", "10");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(CliCodes.ScoreBelowThreshold, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_only_scores_what_the_paths_hold_and_resolves_references_through_include()
    {
        var run = await CliRun.RunAsync("evaluate", Path.Combine(CliRun.Samples, "pathways"), "--include", CliRun.Samples, "--json", "--no-labor-market");

        Assert.Equal(0, run.ExitCode);
        var subjects = JsonReport.Read(run.Out).Select(s => s.SubjectId).Distinct().ToList();
        Assert.Equal(SamplePathways, subjects.Count);
        Assert.All(subjects, id => Assert.EndsWith("-pathway", id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Evaluate_does_not_score_an_included_file_that_refers_back_to_a_path_argument()
    {
        // help-desk-fundamentals is a prerequisite of network-support-essentials: loaded alone, the included
        // file would not resolve, yet it must still count as included, not as something to score.
        var file = Path.Combine(CliRun.Samples, "microcredentials", "it-help-desk-fundamentals.yaml");

        var run = await CliRun.RunAsync("evaluate", file, "--include", CliRun.Samples, "--json", "--no-labor-market", "--framework", "mvf");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["srcc-it-help-desk-fundamentals"], JsonReport.Read(run.Out).Select(s => s.SubjectId).Distinct());
    }

    [Fact]
    public async Task Evaluate_without_the_referenced_microcredentials_reports_dangling_references()
    {
        var run = await CliRun.RunAsync("evaluate", Path.Combine(CliRun.Samples, "pathways"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(AuthoringCodes.UnknownMicrocredential + ":", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_with_one_framework_scores_only_what_it_applies_to()
    {
        var run = await CliRun.RunAsync("evaluate", CliRun.Samples, "--framework", "pathway-design", "--json", "--no-labor-market");

        Assert.Equal(0, run.ExitCode);
        var scorecards = JsonReport.Read(run.Out);
        Assert.All(scorecards, s => Assert.Equal("pathway-design", s.FrameworkId));
        Assert.Equal(SamplePathways, scorecards.Count);
    }

    [Fact]
    public async Task Evaluate_writes_an_html_folder_with_an_index_and_a_page_per_subject()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "report");

        var run = await CliRun.RunAsync("evaluate", CliRun.Samples, "--format", "html", "--out", output, "--no-labor-market");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        var pages = Directory.GetFiles(output, "*.html").Select(Path.GetFileName).ToList();
        Assert.Equal(1 + SampleMicrocredentials + SamplePathways, pages.Count);
        var index = await File.ReadAllTextAsync(Path.Combine(output, "index.html"), TestContext.Current.CancellationToken);
        Assert.Contains("href=\"srcc-cnc-machining-fundamentals.html#subject-srcc-cnc-machining-fundamentals\"", index, StringComparison.Ordinal);
        var page = await File.ReadAllTextAsync(Path.Combine(output, "srcc-cnc-machining-fundamentals.html"), TestContext.Current.CancellationToken);
        Assert.Contains("<svg class=\"radar\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_writes_json_to_one_file_with_out()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "scorecards.json");

        var run = await CliRun.RunAsync("evaluate", CliRun.Samples, "--json", "--out", output, "--no-labor-market");

        Assert.Equal(0, run.ExitCode);
        var scorecards = JsonReport.Read(await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken));
        Assert.Equal(SampleMicrocredentials + SamplePathways, scorecards.Select(s => s.SubjectId).Distinct().Count());
    }

    [Fact]
    public async Task Evaluate_table_output_has_no_colour_codes_when_redirected()
    {
        var run = await CliRun.RunAsync("evaluate", CliRun.Samples, "--no-labor-market");

        Assert.DoesNotContain('\u001b', run.Out);
    }

    [Fact]
    public async Task Evaluate_json_output_is_valid_json_with_a_schema_version()
    {
        var run = await CliRun.RunAsync("evaluate", CliRun.Samples, "--format", "json", "--no-labor-market");

        var array = JsonNode.Parse(run.Out)!.AsArray();
        Assert.All(array, item => Assert.Equal(JsonReport.SchemaVersion, (string?)item!["schemaVersion"]));
    }

    [Fact]
    public async Task Evaluate_applies_an_institutions_framework_override()
    {
        using var folder = new TempFolder();
        var file = folder.Write("srcc-mvf.yaml", """
            framework: mvf
            id: srcc-mvf
            versionSuffix: srcc
            weights:
              principles: { access: 3 }
            parameters:
              access.affordable: { max-total: 2000, partly-max-total: 4000 }
            disabled: [shareable.machine-readable]
            """);
        var network = Path.Combine(CliRun.Samples, "microcredentials", "network-support-essentials.yaml");

        var run = await CliRun.RunAsync("evaluate", network, "--include", CliRun.Samples, "--json", "--no-labor-market", "--framework", "srcc-mvf", "--framework-override", file);

        Assert.Equal(0, run.ExitCode);
        var card = Assert.Single(JsonReport.Read(run.Out));
        Assert.Equal("srcc-mvf", card.FrameworkId);
        Assert.EndsWith("+srcc", card.FrameworkVersion, StringComparison.Ordinal);
        Assert.Equal(3, card.Principles.Single(p => p.PrincipleId == "access").Weight);
        Assert.Equal(Domain.Evaluation.CriterionStatus.Met, card.Criteria.Single(c => c.CriterionId.EndsWith(".access.affordable", StringComparison.Ordinal)).Status);
        Assert.DoesNotContain(card.Criteria, c => c.CriterionId.EndsWith(".shareable.machine-readable", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Evaluate_reports_a_bad_framework_override_with_its_code_and_exits_1()
    {
        using var folder = new TempFolder();
        var file = folder.Write("bad-override.yaml", "framework: mvf\ndisabled: [access.no-such-criterion]\n");

        var run = await CliRun.RunAsync("evaluate", CliRun.Samples, "--framework-override", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{Domain.Evaluation.RuleCodes.UnknownCriterion}: {file}:", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public async Task Evaluate_reports_an_override_for_a_framework_that_is_not_loaded()
    {
        using var folder = new TempFolder();
        var file = folder.Write("other.yaml", "framework: somebody-elses\n");

        var run = await CliRun.RunAsync("evaluate", CliRun.Samples, "--framework-override", file);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith(CliCodes.OverrideFrameworkUnknown + ":", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_scores_against_a_framework_file_an_institution_wrote()
    {
        using var folder = new TempFolder();
        var builtIn = await File.ReadAllTextAsync(Path.Combine(CliRun.BuiltInFrameworks, "stakeholder-views.yaml"), TestContext.Current.CancellationToken);
        var file = folder.Write("our-views.yaml", builtIn.Replace("id: stakeholder-views", "id: srcc-views", StringComparison.Ordinal));

        var run = await CliRun.RunAsync("evaluate", CliRun.Samples, "--framework", file, "--json", "--no-labor-market");

        Assert.Equal(0, run.ExitCode);
        var scorecards = JsonReport.Read(run.Out);
        Assert.All(scorecards, s => Assert.Equal("srcc-views", s.FrameworkId));
        Assert.Equal(SampleMicrocredentials + SamplePathways, scorecards.Count);
    }

    public static TheoryData<string, string> FilesInAnExistingFolder => new()
    {
        { "markdown", "scorecards.md" },
        { "table", "scorecards.txt" },
        { "json", "scorecards.json" },
    };

    [Theory]
    [MemberData(nameof(FilesInAnExistingFolder))]
    public async Task Evaluate_out_to_an_existing_folder_writes_one_named_file(string format, string name)
    {
        using var folder = new TempFolder();

        var run = await CliRun.RunAsync("evaluate", CliRun.Samples, "--format", format, "--out", folder.Path, "--no-labor-market");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([name], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
        Assert.Contains("Medical Terminology", await File.ReadAllTextAsync(Path.Combine(folder.Path, name), TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_writes_one_self_contained_html_file_when_out_names_one()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "report.html");

        var run = await CliRun.RunAsync("evaluate", CliRun.Samples, "--format", "html", "--out", output, "--no-labor-market");

        Assert.Equal(0, run.ExitCode);
        var html = await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken);
        Assert.Equal(System.Text.RegularExpressions.Regex.Count(html, "<article class=\"scorecard\""), System.Text.RegularExpressions.Regex.Count(html, "<svg class=\"radar\""));
        Assert.Contains("id=\"subject-srcc-it-support-pathway\"", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Value scorecards: Scioto River Community College</h1>", html, StringComparison.Ordinal);
    }
}
