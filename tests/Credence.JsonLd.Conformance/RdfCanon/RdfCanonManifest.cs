using System.Text.Json;

namespace Credence.JsonLd.Conformance.RdfCanon;

/// <summary>The entries of the vendored rdf-canon <c>manifest.jsonld</c>, by id.</summary>
internal static class RdfCanonManifest
{
    public const string Suite = "rdf-canon";

    public static IReadOnlyDictionary<string, RdfCanonEntry> Entries { get; } = Load();

    /// <summary>Theory rows for one test type (<c>rdfc:RDFC10EvalTest</c>, …), each named by id and name.</summary>
    public static TheoryData<string> RowsOfType(string type)
    {
        var rows = new TheoryData<string>();
        foreach (var entry in Entries.Values)
        {
            if (entry.Type == type)
            {
                rows.Add(new TheoryDataRow<string>(entry.Id) { TestDisplayName = $"{entry.Id} {entry.Name}" });
            }
        }

        return rows;
    }

    public static string ReadFile(string relativePath) => File.ReadAllText(SuiteLocator.File(Suite, relativePath));

    private static Dictionary<string, RdfCanonEntry> Load()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(SuiteLocator.File(Suite, "manifest.jsonld")));
        var entries = new Dictionary<string, RdfCanonEntry>(StringComparer.Ordinal);
        foreach (var element in manifest.RootElement.GetProperty("entries").EnumerateArray())
        {
            var entry = new RdfCanonEntry(
                element.GetProperty("id").GetString()!,
                element.GetProperty("type").GetString()!,
                element.GetProperty("name").GetString()!,
                element.GetProperty("action").GetString()!,
                element.TryGetProperty("result", out var result) ? result.GetString() : null,
                element.TryGetProperty("hashAlgorithm", out var hash) ? hash.GetString() : null);
            entries.Add(entry.Id, entry);
        }

        return entries;
    }
}
