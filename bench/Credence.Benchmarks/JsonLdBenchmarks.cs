using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Credence.JsonLd;
using Credence.JsonLd.Canonicalization;
using Credence.JsonLd.Rdf;

namespace Credence.Benchmarks;

/// <summary>
/// JSON-LD 1.1 expansion, toRdf and JSON text → canonical N-Quads of the 1EdTech Open Badges 3.0 eddsa-rdfc-2022
/// test vector (credentials v2 + OB 3.0.3 contexts), with a warm processed-context cache (one loader for all runs).
/// </summary>
[MemoryDiagnoser]
public class JsonLdBenchmarks
{
    private readonly JsonLdOptions _options;
    private readonly byte[] _credential;

    public JsonLdBenchmarks()
    {
        var loader = new StaticDocumentLoader();
        loader.Add("https://www.w3.org/ns/credentials/v2", Fixture("credentials-v2.jsonld"));
        loader.Add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", Fixture("ob-v3p0-context-3.0.3.json"));
        _options = new JsonLdOptions { DocumentLoader = loader, SafeMode = true };
        _credential = System.Text.Encoding.UTF8.GetBytes(Fixture("unsigned-credential.json"));
    }

    [GlobalSetup]
    public async Task WarmUp()
    {
        // Fills the processed-context cache and checks the pipeline on the vector before measuring.
        var dataset = await JsonLdProcessor.ToRdfAsync(_credential, _options);
        if (RdfCanonicalizer.Canonicalize(dataset).CanonicalNQuads.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length != 16)
        {
            throw new InvalidOperationException("The test vector did not give its 16 quads.");
        }
    }

    [Benchmark]
    public Task<JsonElement> Expand() => JsonLdProcessor.ExpandAsync(_credential, _options);

    [Benchmark]
    public Task<RdfDataset> ToRdf() => JsonLdProcessor.ToRdfAsync(_credential, _options);

    [Benchmark]
    public async Task<string> JsonTextToCanonicalNQuads()
    {
        var dataset = await JsonLdProcessor.ToRdfAsync(_credential, _options);
        return RdfCanonicalizer.Canonicalize(dataset).CanonicalNQuads;
    }

    private static string Fixture(string name)
    {
        using var stream = typeof(JsonLdBenchmarks).Assembly.GetManifestResourceStream("Fixtures.jsonld." + name)
            ?? throw new InvalidOperationException($"Missing fixture {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
