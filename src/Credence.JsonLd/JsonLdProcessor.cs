using System.Text.Json;
using Credence.JsonLd.Context;
using Credence.JsonLd.Documents;
using Credence.JsonLd.Expansion;
using Credence.JsonLd.Json;
using Credence.JsonLd.Rdf;
using Credence.JsonLd.ToRdf;

namespace Credence.JsonLd;

/// <summary>The JSON-LD 1.1 API operations Credence needs: expansion and conversion to an RDF dataset.</summary>
/// <seealso href="https://www.w3.org/TR/json-ld11-api/#the-jsonldprocessor-interface"/>
public static class JsonLdProcessor
{
    /// <summary>Expands a JSON-LD document given as UTF-8 JSON text.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">Options; <see cref="JsonLdOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels processing.</param>
    /// <returns>The expanded document (always an array).</returns>
    /// <exception cref="JsonLdException">The document is invalid JSON or JSON-LD (the code says why).</exception>
    /// <seealso href="https://www.w3.org/TR/json-ld11-api/#dom-jsonldprocessor-expand"/>
    public static async Task<JsonElement> ExpandAsync(ReadOnlyMemory<byte> utf8Json, JsonLdOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= JsonLdOptions.Default;
        var document = JsonTree.Parse(utf8Json.Span, options.MaxJsonDepth);
        var expanded = await RunAsync(options, operation => ExpandDocument(operation, document, options.Base, null), cancellationToken).ConfigureAwait(false);
        return JsonTree.ToElement(expanded);
    }

    /// <summary>Expands a parsed JSON-LD document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="options">Options; <see cref="JsonLdOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels processing.</param>
    /// <returns>The expanded document (always an array).</returns>
    /// <exception cref="JsonLdException">The document is invalid JSON-LD (the code says why).</exception>
    public static async Task<JsonElement> ExpandAsync(JsonElement document, JsonLdOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= JsonLdOptions.Default;
        var tree = JsonTree.FromElement(document, options.MaxJsonDepth);
        var expanded = await RunAsync(options, operation => ExpandDocument(operation, tree, options.Base, null), cancellationToken).ConfigureAwait(false);
        return JsonTree.ToElement(expanded);
    }

    /// <summary>Loads a document through <see cref="JsonLdOptions.DocumentLoader"/> and expands it, with the document's URL as base IRI.</summary>
    /// <param name="documentUrl">The document's absolute URL.</param>
    /// <param name="options">Options; <see cref="JsonLdOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels processing.</param>
    /// <returns>The expanded document (always an array).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documentUrl"/> is null.</exception>
    /// <exception cref="JsonLdException">The document cannot be loaded (<c>loading document failed</c>) or is invalid JSON-LD.</exception>
    public static async Task<JsonElement> ExpandDocumentAsync(string documentUrl, JsonLdOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentUrl);
        options ??= JsonLdOptions.Default;
        var expanded = await RunAsync(options, operation => ExpandRemote(operation, documentUrl), cancellationToken).ConfigureAwait(false);
        return JsonTree.ToElement(expanded);
    }

    /// <summary>Converts a JSON-LD document given as UTF-8 JSON text to an RDF dataset (expansion, then Deserialize JSON-LD to RDF).</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">Options; <see cref="JsonLdOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels processing.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="JsonLdException">The document is invalid JSON or JSON-LD (the code says why).</exception>
    /// <seealso href="https://www.w3.org/TR/json-ld11-api/#dom-jsonldprocessor-tordf"/>
    public static Task<RdfDataset> ToRdfAsync(ReadOnlyMemory<byte> utf8Json, JsonLdOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= JsonLdOptions.Default;
        var document = JsonTree.Parse(utf8Json.Span, options.MaxJsonDepth);
        return RunAsync(options, operation => DeserializeJsonLdToRdf.ToDataset(operation, ExpandDocument(operation, document, options.Base, null)), cancellationToken);
    }

    /// <summary>Converts a parsed JSON-LD document to an RDF dataset.</summary>
    /// <param name="document">The document.</param>
    /// <param name="options">Options; <see cref="JsonLdOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels processing.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="JsonLdException">The document is invalid JSON-LD (the code says why).</exception>
    public static Task<RdfDataset> ToRdfAsync(JsonElement document, JsonLdOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= JsonLdOptions.Default;
        var tree = JsonTree.FromElement(document, options.MaxJsonDepth);
        return RunAsync(options, operation => DeserializeJsonLdToRdf.ToDataset(operation, ExpandDocument(operation, tree, options.Base, null)), cancellationToken);
    }

    /// <summary>Loads a document through <see cref="JsonLdOptions.DocumentLoader"/> and converts it to an RDF dataset.</summary>
    /// <param name="documentUrl">The document's absolute URL.</param>
    /// <param name="options">Options; <see cref="JsonLdOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels processing.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documentUrl"/> is null.</exception>
    /// <exception cref="JsonLdException">The document cannot be loaded or is invalid JSON-LD.</exception>
    public static Task<RdfDataset> ToRdfDocumentAsync(string documentUrl, JsonLdOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentUrl);
        options ??= JsonLdOptions.Default;
        return RunAsync(options, operation => DeserializeJsonLdToRdf.ToDataset(operation, ExpandRemote(operation, documentUrl)), cancellationToken);
    }

    // The algorithms are synchronous; a document load that is really asynchronous is awaited here and the run repeated.
    private static async Task<T> RunAsync<T>(JsonLdOptions options, Func<JsonLdOperation, T> run, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxJsonDepth);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxRemoteContexts);
        var operation = new JsonLdOperation(options, cancellationToken);
        while (true)
        {
            try
            {
                return run(operation);
            }
            catch (DocumentPendingException pending)
            {
                await operation.Documents.ResolvePendingAsync(pending).ConfigureAwait(false);
            }
            catch (InsufficientExecutionStackException ex)
            {
                throw new JsonLdException(JsonLdErrorCodes.MaxDepthExceeded, "The document nests too deeply to process.", ex);
            }
        }
    }

    private static List<object?> ExpandRemote(JsonLdOperation operation, string documentUrl)
    {
        var document = operation.Documents.Load(documentUrl, JsonLdErrorCodes.LoadingDocumentFailed);
        if (document.ContentType is { } contentType && !IsJsonMediaType(contentType))
        {
            throw new JsonLdException(JsonLdErrorCodes.LoadingDocumentFailed, $"<{documentUrl}> is served as {contentType}, which is not JSON.");
        }

        // A context Link header applies only to plain JSON documents, not to JSON-LD.
        var contextUrl = string.Equals(document.ContentType, "application/ld+json", StringComparison.Ordinal) ? null : document.ContextUrl;
        return ExpandDocument(operation, document.Tree, operation.Options.Base ?? document.DocumentUrl, document.DocumentUrl, contextUrl);
    }

    private static bool IsJsonMediaType(string contentType) =>
        string.Equals(contentType, "application/json", StringComparison.OrdinalIgnoreCase)
        || string.Equals(contentType, "application/ld+json", StringComparison.OrdinalIgnoreCase)
        || contentType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);

    // The JsonLdProcessor expand() method of the JSON-LD 1.1 API: the initial context, expandContext, a context link, then the Expansion Algorithm.
    private static List<object?> ExpandDocument(JsonLdOperation operation, object? document, string? baseIri, string? documentUrl, string? contextUrl = null)
    {
        var options = operation.Options;
        var activeContext = ContextCache.Initial(baseIri, operation.ProcessingMode10);
        var baseUrl = documentUrl ?? baseIri;

        if (options.ExpandContext is { } expandContextElement)
        {
            var expandContext = JsonTree.FromElement(expandContextElement, options.MaxJsonDepth);
            if (expandContext is Dictionary<string, object?> map && map.TryGetValue(Keywords.Context, out var inner))
            {
                expandContext = inner;
            }

            activeContext = ContextProcessingAlgorithm.Process(operation, activeContext, expandContext, activeContext.OriginalBaseUrl);
        }

        if (contextUrl is not null)
        {
            activeContext = ContextProcessingAlgorithm.Process(operation, activeContext, contextUrl, contextUrl);
        }

        var expanded = ExpansionAlgorithm.Expand(operation, activeContext, null, document, baseUrl);

        // A top-level object with only @graph is replaced by its graph; the result is always an array.
        if (expanded is Dictionary<string, object?> { Count: 1 } top && top.TryGetValue(Keywords.Graph, out var graph))
        {
            expanded = graph;
        }

        return ExpansionAlgorithm.AsArray(expanded);
    }
}
