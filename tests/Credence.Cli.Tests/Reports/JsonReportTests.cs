using System.Text.Json;
using System.Text.Json.Nodes;
using Credence.Cli.Reports;

namespace Credence.Cli.Tests.Reports;

public sealed class JsonReportTests
{
    [Fact]
    public void Json_report_round_trips_every_field()
    {
        var scorecards = TestScorecards.All();

        var json = JsonReport.Write(scorecards);
        var read = JsonReport.Read(json);

        Assert.Equal(json, JsonReport.Write(read));
        Assert.Equal(scorecards.Count, read.Count);
        Assert.Equal(scorecards[0].Criteria[4].Evidence[0], read[0].Criteria[4].Evidence[0]);
        Assert.Equal(scorecards[0].Principles[2], read[0].Principles[2]);
        Assert.Null(read[2].OverallScore);
    }

    [Fact]
    public void Json_report_is_an_array_of_scorecards_each_with_the_schema_version_first()
    {
        var json = JsonNode.Parse(JsonReport.Write(TestScorecards.All()))!.AsArray();

        Assert.Equal(3, json.Count);
        Assert.All(json, item => Assert.Equal("schemaVersion", item!.AsObject().First().Key));
        Assert.All(json, item => Assert.Equal(JsonReport.SchemaVersion, (string?)item!["schemaVersion"]));
    }

    [Fact]
    public void Json_report_uses_camel_case_names_kebab_case_enums_and_iso_dates()
    {
        var card = JsonNode.Parse(JsonReport.Write([TestScorecards.Microcredential()]))![0]!;

        Assert.Equal("microcredential", (string?)card["subjectKind"]);
        Assert.Equal("2026-11-28", (string?)card["asOf"]);
        Assert.Equal(62.5, (double?)card["overallScore"]);
        var statuses = card["criteria"]!.AsArray().Select(c => (string?)c!["status"]).ToList();
        Assert.Equal(["met", "partly-met", "not-met", "met", "not-enough-information"], statuses);
        Assert.Equal("access", (string?)card["principles"]![0]!["principleId"]);
        Assert.Equal("OEWS May 2024", (string?)card["criteria"]![4]!["evidence"]![0]!["source"]);
        Assert.Equal("scoring.missing-data", (string?)card["criteria"]![4]!["code"]);
    }

    [Fact]
    public void Json_report_reader_rejects_another_major_schema_version()
    {
        var json = JsonNode.Parse(JsonReport.Write([TestScorecards.Microcredential()]))!;
        json[0]!["schemaVersion"] = "2.0";

        Assert.Throws<JsonException>(() => JsonReport.Read(json.ToJsonString()));
    }

    [Fact]
    public void Json_report_is_indented_two_spaces_per_level_and_writes_an_empty_array_for_no_scorecards()
    {
        var lines = JsonReport.Write(TestScorecards.All()).Split('\n');

        Assert.Equal("[", lines[0]);
        Assert.Equal("  {", lines[1]);
        Assert.Equal($"    \"schemaVersion\": \"{JsonReport.SchemaVersion}\",", lines[2]);
        Assert.Contains("  },", lines);
        Assert.Equal(["  }", "]", ""], lines[^3..]);
        Assert.Equal("[]\n", JsonReport.Write([]));
    }
}
