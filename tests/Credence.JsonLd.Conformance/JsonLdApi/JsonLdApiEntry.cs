using System.Text.Json;

namespace Credence.JsonLd.Conformance.JsonLdApi;

/// <summary>One entry of a json-ld-api manifest (expand, toRdf, remote-doc).</summary>
internal sealed record JsonLdApiEntry(
    string Manifest,
    string Id,
    IReadOnlyList<string> Types,
    string Name,
    string Input,
    string? Expect,
    string? ExpectErrorCode,
    JsonElement Option)
{
    public bool IsPositive => Types.Contains("jld:PositiveEvaluationTest");

    public bool IsNegative => Types.Contains("jld:NegativeEvaluationTest");

    public bool IsSyntax => Types.Contains("jld:PositiveSyntaxTest");

    public string? OptionString(string name) =>
        Option.ValueKind == JsonValueKind.Object && Option.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public bool OptionFlag(string name) =>
        Option.ValueKind == JsonValueKind.Object && Option.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    public IReadOnlyList<string> OptionStrings(string name)
    {
        if (Option.ValueKind != JsonValueKind.Object || !Option.TryGetProperty(name, out var value))
        {
            return [];
        }

        return value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(v => v.GetString()!).ToList() : [value.GetString()!];
    }
}
