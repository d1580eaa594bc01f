using System.Text.Json;

namespace Credence.JsonLd;

/// <summary>Options for <see cref="JsonLdProcessor"/>: base IRI, processing mode, safe mode, document loading, RDF conversion and limits.</summary>
/// <seealso href="https://www.w3.org/TR/json-ld11-api/#the-jsonldoptions-type"/>
public sealed record JsonLdOptions
{
    /// <summary>The base IRI of the document (defaults to the document's URL when it was loaded by URL).</summary>
    public string? Base { get; init; }

    /// <summary>The processing mode; <see cref="JsonLdProcessingMode.JsonLd11"/> unless set.</summary>
    public JsonLdProcessingMode ProcessingMode { get; init; } = JsonLdProcessingMode.JsonLd11;

    /// <summary>When true, lossy cases (undefined terms, relative IRIs, dropped values, bad language tags) throw <c>jsonld.safe.*</c> codes instead of being dropped.</summary>
    public bool SafeMode { get; init; }

    /// <summary>Loads remote contexts and documents; without one any remote reference fails with <c>loading remote context failed</c>.</summary>
    public IDocumentLoader? DocumentLoader { get; init; }

    /// <summary>How <c>@direction</c> appears in RDF.</summary>
    public JsonLdRdfDirection RdfDirection { get; init; } = JsonLdRdfDirection.None;

    /// <summary>When true, toRdf keeps triples whose predicate is a blank node (generalized RDF).</summary>
    public bool ProduceGeneralizedRdf { get; init; }

    /// <summary>
    /// When true, toRdf reproduces two departures of the JavaScript jsonld library from the spec: a number is an <c>xsd:double</c>
    /// only when its JavaScript string form has a point (so <c>1e-7</c> becomes the integer <c>0</c>) and an integer beyond
    /// 2^53 is its nearest double; language tags are lower-cased. Only for re-checking signatures made with that library.
    /// </summary>
    public bool JavaScriptCompatibleToRdf { get; init; }

    /// <summary>A context applied before the document's own (an object, an object with <c>@context</c>, or an IRI string).</summary>
    public JsonElement? ExpandContext { get; init; }

    /// <summary>The deepest JSON nesting accepted; deeper input fails with <c>jsonld.max-depth-exceeded</c>.</summary>
    public int MaxJsonDepth { get; init; } = 128;

    /// <summary>The longest chain of remote contexts; longer chains (or a context including itself) fail with <c>context overflow</c>.</summary>
    public int MaxRemoteContexts { get; init; } = 32;

    /// <summary>The options used when none are given.</summary>
    public static JsonLdOptions Default { get; } = new();
}
