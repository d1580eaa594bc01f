using System.Runtime.CompilerServices;

namespace Credence.JsonLd.Documents;

/// <summary>Loads documents for one processing run through the caller's <see cref="IDocumentLoader"/> and converts each once.</summary>
/// <remarks>
/// The algorithms are synchronous (expansion of a warm credential allocates no tasks); a load that does not
/// complete synchronously raises <see cref="DocumentPendingException"/>, the façade awaits it, records the
/// result here and runs the algorithm again.
/// </remarks>
internal sealed class DocumentResolver
{
    private static readonly ConditionalWeakTable<RemoteDocument, ParsedDocument> Parsed = new();

    private readonly Dictionary<string, RemoteDocument> _completed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Exception> _failed = new(StringComparer.Ordinal);
    private readonly int _maxDepth;
    private readonly CancellationToken _cancellationToken;

    public DocumentResolver(IDocumentLoader? loader, int maxDepth, CancellationToken cancellationToken)
    {
        Loader = loader;
        _maxDepth = maxDepth;
        _cancellationToken = cancellationToken;
    }

    public IDocumentLoader? Loader { get; }

    public void Complete(string url, RemoteDocument document) => _completed[url] = document;

    public void Fail(string url, Exception exception) => _failed[url] = exception;

    /// <summary>Awaits a pending load and records its outcome for the next run.</summary>
    public async Task ResolvePendingAsync(DocumentPendingException pending)
    {
        try
        {
            Complete(pending.Url, await pending.Load.ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Fail(pending.Url, ex);
        }
    }

    /// <summary>Loads and converts a document; loader failures are reported with <paramref name="failureCode"/>.</summary>
    public ParsedDocument Load(string url, string failureCode)
    {
        if (Loader is null)
        {
            throw new JsonLdException(failureCode, $"No document loader is configured, so <{url}> cannot be loaded.");
        }

        if (_failed.TryGetValue(url, out var failure))
        {
            if (failure is JsonLdException { Code: JsonLdErrorCodes.MultipleContextLinkHeaders })
            {
                throw new JsonLdException(JsonLdErrorCodes.MultipleContextLinkHeaders, failure.Message, failure);
            }

            throw new JsonLdException(failureCode, $"<{url}> could not be loaded.", failure);
        }

        if (!_completed.TryGetValue(url, out var document))
        {
            ValueTask<RemoteDocument> load;
            try
            {
                load = Loader.LoadDocumentAsync(url, _cancellationToken);
            }
            catch (JsonLdException ex) when (ex.Code == JsonLdErrorCodes.MultipleContextLinkHeaders)
            {
                throw;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new JsonLdException(failureCode, $"<{url}> could not be loaded.", ex);
            }

            if (!load.IsCompletedSuccessfully)
            {
                throw new DocumentPendingException(url, load);
            }

            // Note: reading the result of a ValueTask that completed successfully does not block.
            document = load.Result;
        }

        return Convert(document, failureCode);
    }

    private ParsedDocument Convert(RemoteDocument document, string failureCode)
    {
        if (Parsed.TryGetValue(document, out var parsed))
        {
            return parsed;
        }

        try
        {
            parsed = new ParsedDocument(document.DocumentUrl, Json.JsonTree.FromElement(document.Document, _maxDepth), document.ContentType, document.ContextUrl);
        }
        catch (JsonLdException ex)
        {
            throw new JsonLdException(failureCode, $"<{document.DocumentUrl}> is not usable JSON: {ex.Message}", ex);
        }

        return Parsed.GetValue(document, _ => parsed);
    }
}
