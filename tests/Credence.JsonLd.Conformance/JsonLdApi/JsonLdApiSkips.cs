namespace Credence.JsonLd.Conformance.JsonLdApi;

/// <summary>
/// The reviewed skip list of the json-ld-api suite, keyed by manifest and test id, each with its reason.
/// Nothing else is skipped or filtered.
/// </summary>
internal static class JsonLdApiSkips
{
    private const string OnlyJsonLd10 =
        "specVersion json-ld-1.0: JSON-LD 1.0 behaviour that JSON-LD 1.1 changed; a 1.1 processor does not run it (https://w3c.github.io/json-ld-api/tests/#running-tests).";

    private const string HtmlScriptExtraction =
        "HTML Script Extraction (an optional JSON-LD 1.1 processor feature) is not implemented: Credence never processes JSON-LD embedded in HTML.";

    private static readonly Dictionary<string, string> Skips = new(StringComparer.Ordinal)
    {
        ["expand#t0026"] = OnlyJsonLd10,
        ["expand#t0038"] = OnlyJsonLd10,
        ["expand#t0071"] = OnlyJsonLd10,
        ["expand#t0115"] = OnlyJsonLd10,
        ["expand#t0116"] = OnlyJsonLd10,
        ["expand#ter02"] = OnlyJsonLd10,
        ["expand#ter03"] = OnlyJsonLd10,
        ["expand#ter24"] = OnlyJsonLd10,
        ["expand#ter32"] = OnlyJsonLd10,
        ["toRdf#t0118"] = OnlyJsonLd10,
        ["toRdf#te014"] = OnlyJsonLd10,
        ["toRdf#te026"] = OnlyJsonLd10,
        ["toRdf#te038"] = OnlyJsonLd10,
        ["toRdf#te071"] = OnlyJsonLd10,
        ["toRdf#te115"] = OnlyJsonLd10,
        ["toRdf#te116"] = OnlyJsonLd10,
        ["toRdf#ter02"] = OnlyJsonLd10,
        ["toRdf#ter03"] = OnlyJsonLd10,
        ["toRdf#ter24"] = OnlyJsonLd10,
        ["toRdf#ter32"] = OnlyJsonLd10,
        ["toRdf#te075"] = "requires GeneralizedRdf (optional, produceGeneralizedRdf): the expected blank-node predicates cannot be parsed as RDF 1.1 N-Quads nor canonicalized with RDFC-1.0, which the comparison relies on. Credence does produce them (see the unit tests).",
        ["remote-doc#t0013"] = HtmlScriptExtraction + " The context is served as text/html.",
        ["remote-doc#tla02"] = HtmlScriptExtraction,
        ["remote-doc#tla05"] = HtmlScriptExtraction,
    };

    public static string? Reason(string manifest, string id) => Skips.GetValueOrDefault(manifest + id);

    public static int Count(string manifest) => Skips.Keys.Count(k => k.StartsWith(manifest + "#", StringComparison.Ordinal));
}
