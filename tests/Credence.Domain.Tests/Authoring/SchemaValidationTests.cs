using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Credence.Domain.Tests.Authoring;

/// <summary>The editor schema accepts the example files and rejects what the loader rejects for a single file.</summary>
public sealed partial class SchemaValidationTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(AuthoringFiles.RepositoryRoot, "schemas", "credence-authoring.schema.json")));

    public static TheoryData<string> ExampleNames() => new(AuthoringFiles.Examples().Select(e => e.Path));

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void Example_files_are_valid_against_the_schema(string name)
    {
        var result = Validate(AuthoringFiles.Example(name).Text);

        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void Every_field_fixtures_are_valid_against_the_schema()
    {
        Assert.All([EveryField.Microcredential, EveryField.Pathway, EveryField.Scale], text => Assert.True(Validate(text).IsValid));
    }

    [Theory]
    [InlineData("kind: microcredential\nid: a\ntitle: T\nstatment: x\n")]
    [InlineData("kind: microcredential\nid: a\n")]
    [InlineData("kind: microcredential\nid: a\ntitle: T\ndeliveryModes: [in_person]\n")]
    [InlineData("kind: microcredential\nid: a\ntitle: T\neqfLevel: 9\n")]
    [InlineData("kind: microcredential\nid: a\ntitle: T\nduration: { hours: -1 }\n")]
    [InlineData("kind: microcredential\nid: Not An Id\ntitle: T\n")]
    [InlineData("kind: pathway\nid: p\ntitle: P\nstages: [{ id: s, microcredentials: [a], rule: some }]\n")]
    [InlineData("kind: course\nid: a\ntitle: T\n")]
    [InlineData("id: a\ntitle: T\n")]
    public void Schema_rejects_what_the_loader_rejects(string text)
    {
        Assert.True(Load.One(text).HasErrors);
        Assert.False(Validate(text).IsValid);
    }

    private static EvaluationResults Validate(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        using var json = JsonDocument.Parse(ToJson(stream.Documents[0].RootNode)?.ToJsonString() ?? "null");
        return Schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    /// <summary>YAML to JSON with the YAML 1.2 core schema's resolution of plain scalars (what the YAML language server does).</summary>
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, ToJson(c.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(ToJson)]),
        YamlScalarNode { Style: ScalarStyle.Plain } scalar => Plain(scalar.Value ?? string.Empty),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => null,
    };

    private static JsonValue? Plain(string value) =>
        value is "" or "~" or "null" ? null
        : value is "true" or "false" ? JsonValue.Create(value == "true")
        : Integer().IsMatch(value) ? JsonValue.Create(long.Parse(value, CultureInfo.InvariantCulture))
        : Float().IsMatch(value) ? JsonValue.Create(decimal.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture))
        : JsonValue.Create(value);

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
