using System.Text.Json;

namespace Credence.JsonLd.Conformance.JsonLdApi;

/// <summary>Reads the vendored json-ld-api manifests and turns their entries into named theory rows.</summary>
internal static class JsonLdApiManifest
{
    public const string Suite = "json-ld-api";

    /// <summary>Every manifest's <c>baseIri</c>: test documents are processed as if retrieved from under it.</summary>
    public const string BaseIri = "https://w3c.github.io/json-ld-api/tests/";

    private static readonly Dictionary<string, Dictionary<string, JsonLdApiEntry>> Manifests = new(StringComparer.Ordinal);

    public static JsonLdApiEntry Entry(string manifest, string id) => Load(manifest)[id];

    /// <summary>Rows for the entries of <paramref name="manifest"/> that <paramref name="select"/> accepts, named by id and name, with reviewed skips applied.</summary>
    public static TheoryData<string> Rows(string manifest, Func<JsonLdApiEntry, bool> select)
    {
        var rows = new TheoryData<string>();
        foreach (var entry in Load(manifest).Values)
        {
            if (!select(entry))
            {
                continue;
            }

            var row = new TheoryDataRow<string>(entry.Id) { TestDisplayName = $"{manifest}{entry.Id} {entry.Name}" };
            if (JsonLdApiSkips.Reason(manifest, entry.Id) is { } reason)
            {
                row = (TheoryDataRow<string>)row.WithSkip(reason);
            }

            rows.Add(row);
        }

        return rows;
    }

    public static string PathOf(string relativePath) => SuiteLocator.File(Suite, relativePath);

    private static Dictionary<string, JsonLdApiEntry> Load(string manifest)
    {
        lock (Manifests)
        {
            if (Manifests.TryGetValue(manifest, out var loaded))
            {
                return loaded;
            }

            using var document = JsonDocument.Parse(File.ReadAllBytes(PathOf(manifest + "-manifest.jsonld")));
            var entries = new Dictionary<string, JsonLdApiEntry>(StringComparer.Ordinal);
            foreach (var element in document.RootElement.GetProperty("sequence").EnumerateArray())
            {
                var entry = new JsonLdApiEntry(
                    manifest,
                    element.GetProperty("@id").GetString()!,
                    element.GetProperty("@type").EnumerateArray().Select(t => t.GetString()!).ToList(),
                    element.GetProperty("name").GetString()!,
                    element.GetProperty("input").GetString()!,
                    element.TryGetProperty("expect", out var expect) ? expect.GetString() : null,
                    element.TryGetProperty("expectErrorCode", out var code) ? code.GetString() : null,
                    element.TryGetProperty("option", out var option) ? option.Clone() : default);
                entries.Add(entry.Id, entry);
            }

            Manifests[manifest] = entries;
            return entries;
        }
    }
}
