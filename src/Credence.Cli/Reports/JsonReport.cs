using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Credence.Domain.Evaluation;
using Credence.Domain.Pathways;

namespace Credence.Cli.Reports;

/// <summary>
/// The stable machine format of scorecards: a JSON array with one object per scorecard, each carrying
/// <c>"schemaVersion"</c>; camelCase names, kebab-case enum values, dates as YYYY-MM-DD (docs/scorecard-json.md).
/// </summary>
internal static class JsonReport
{
    /// <summary>The version of the scorecard JSON format; a breaking change to the format changes its major number.</summary>
    public const string SchemaVersion = "1.1";

    /// <summary>The serializer options of the format.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Writes scorecards as an indented JSON array.</summary>
    /// <param name="scorecards">The scorecards.</param>
    /// <param name="offRamps">The off-ramps of the pathways evaluated, written as <c>offRamps</c> on each of a pathway's scorecards.</param>
    public static string Write(IReadOnlyList<Scorecard> scorecards, IReadOnlyList<OffRampReport>? offRamps = null)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(scorecards, text, offRamps);
        return text.ToString();
    }

    /// <summary>Writes scorecards as an indented JSON array, one scorecard at a time, so large portfolios never sit in memory as one document.</summary>
    /// <param name="scorecards">The scorecards.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="offRamps">The off-ramps of the pathways evaluated; a scorecard without one gets <c>"offRamps": null</c>.</param>
    public static void Write(IReadOnlyList<Scorecard> scorecards, TextWriter output, IReadOnlyList<OffRampReport>? offRamps = null)
    {
        ArgumentNullException.ThrowIfNull(scorecards);
        ArgumentNullException.ThrowIfNull(output);
        if (scorecards.Count == 0)
        {
            output.Write("[]\n");
            return;
        }

        output.Write("[\n");
        for (var i = 0; i < scorecards.Count; i++)
        {
            var node = JsonSerializer.SerializeToNode(scorecards[i], Options)!.AsObject(); // A record always serializes to an object.
            node.Insert(0, "schemaVersion", SchemaVersion);
            var report = ReportText.OffRampsOf(offRamps ?? [], scorecards[i]);
            node["offRamps"] = report is null ? null : JsonSerializer.SerializeToNode(report, Options);

            // Raw line breaks never occur inside JSON strings (they are escaped), so indenting every line nests the object in the array.
            output.Write("  ");
            output.Write(node.ToJsonString(Options).Replace("\n", "\n  ", StringComparison.Ordinal));
            output.Write(i < scorecards.Count - 1 ? ",\n" : "\n");
        }

        output.Write("]\n");
    }

    /// <summary>Reads scorecards written by <see cref="Write(IReadOnlyList{Scorecard}, TextWriter, IReadOnlyList{OffRampReport})"/>; the <c>offRamps</c> companion is not part of a <see cref="Scorecard"/> and is skipped.</summary>
    /// <exception cref="JsonException">The text is not a scorecard array of this schema's major version.</exception>
    public static IReadOnlyList<Scorecard> Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var array = JsonNode.Parse(json) as JsonArray ?? throw new JsonException("A scorecard document is a JSON array.");
        var scorecards = new List<Scorecard>(array.Count);
        foreach (var item in array)
        {
            var version = item?["schemaVersion"]?.GetValue<string>();
            if (version is null || version.Split('.')[0] != SchemaVersion.Split('.')[0])
            {
                throw new JsonException($"Unsupported scorecard schemaVersion '{version}'.");
            }

            scorecards.Add(item.Deserialize<Scorecard>(Options) ?? throw new JsonException("A scorecard is null."));
        }

        return scorecards;
    }

    /// <summary>Writes input problems as <c>{"schemaVersion": ..., "errors": [...]}</c>, the machine output of a run that stopped at its inputs.</summary>
    public static string WriteProblems(IReadOnlyList<InputProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var document = new JsonObject
        {
            ["schemaVersion"] = SchemaVersion,
            ["errors"] = JsonSerializer.SerializeToNode(problems, Options),
        };
        return document.ToJsonString(Options) + "\n";
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            IndentSize = 2,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
