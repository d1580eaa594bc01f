using System.Text.Json;
using Credence.JsonLd.Canonicalization;
using Credence.JsonLd.Rdf;

namespace Credence.JsonLd.Conformance.JsonLdApi;

/// <summary>Runs one manifest entry with the options it names, through the suite's document loader.</summary>
internal static class JsonLdApiRunner
{
    public static JsonLdOptions OptionsFor(JsonLdApiEntry entry)
    {
        var options = new JsonLdOptions
        {
            DocumentLoader = new SuiteDocumentLoader(entry),
            Base = entry.OptionString("base"),
            ProcessingMode = entry.OptionString("processingMode") == "json-ld-1.0" ? JsonLdProcessingMode.JsonLd10 : JsonLdProcessingMode.JsonLd11,
            ProduceGeneralizedRdf = entry.OptionFlag("produceGeneralizedRdf"),
            RdfDirection = entry.OptionString("rdfDirection") switch
            {
                "i18n-datatype" => JsonLdRdfDirection.I18nDatatype,
                "compound-literal" => JsonLdRdfDirection.CompoundLiteral,
                _ => JsonLdRdfDirection.None,
            },
        };

        if (entry.OptionString("expandContext") is { } expandContext)
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(JsonLdApiManifest.PathOf(expandContext)));
            options = options with { ExpandContext = document.RootElement.Clone() };
        }

        return options;
    }

    public static string InputUrl(JsonLdApiEntry entry) => JsonLdApiManifest.BaseIri + entry.Input;

    public static Task<JsonElement> ExpandAsync(JsonLdApiEntry entry) =>
        JsonLdProcessor.ExpandDocumentAsync(InputUrl(entry), OptionsFor(entry), TestContext.Current.CancellationToken);

    public static Task<RdfDataset> ToRdfAsync(JsonLdApiEntry entry) =>
        JsonLdProcessor.ToRdfDocumentAsync(InputUrl(entry), OptionsFor(entry), TestContext.Current.CancellationToken);

    public static string ExpectedExpansion(JsonLdApiEntry entry)
    {
        using var expected = JsonDocument.Parse(File.ReadAllBytes(JsonLdApiManifest.PathOf(entry.Expect!)));
        return JsonLdComparison.Canonical(expected.RootElement);
    }

    /// <summary>Canonical N-Quads (RDFC-1.0), so datasets compare equal whatever their blank node labels.</summary>
    public static string Canonical(RdfDataset dataset) => RdfCanonicalizer.Canonicalize(dataset).CanonicalNQuads;

    public static string ExpectedDataset(JsonLdApiEntry entry) =>
        Canonical(NQuads.Parse(File.ReadAllText(JsonLdApiManifest.PathOf(entry.Expect!))));
}
