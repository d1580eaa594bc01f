using System.Collections.Concurrent;
using System.Text.Json;

namespace Credence.JsonLd;

/// <summary>A document loader that serves only the documents registered with it and never touches the network.</summary>
/// <remarks>Loaded documents are the same instances each time, so processed contexts made from them are cached across calls.</remarks>
public sealed class StaticDocumentLoader : IDocumentLoader
{
    private readonly ConcurrentDictionary<string, RemoteDocument> _documents = new(StringComparer.Ordinal);
    private int _version;

    /// <summary>Registers a document under a URL, replacing any earlier one.</summary>
    /// <param name="url">The absolute URL the document is known by.</param>
    /// <param name="json">The document's JSON text.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="json"/> is not valid JSON.</exception>
    public void Add(string url, string json)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(json);
        JsonElement element;
        try
        {
            using var document = JsonDocument.Parse(json);
            element = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new ArgumentException("The document is not valid JSON.", nameof(json), ex);
        }

        Add(url, element);
    }

    /// <summary>Registers a parsed document under a URL, replacing any earlier one.</summary>
    /// <param name="url">The absolute URL the document is known by.</param>
    /// <param name="document">The document.</param>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    public void Add(string url, JsonElement document)
    {
        ArgumentNullException.ThrowIfNull(url);
        _documents[url] = new RemoteDocument(url, document) { ContentType = "application/ld+json" };
        Interlocked.Increment(ref _version);
    }

    /// <summary>Changes whenever a document is registered, so contexts processed from earlier registrations are not reused.</summary>
    internal int Version => Volatile.Read(ref _version);

    /// <summary>True when a document is registered under <paramref name="url"/>.</summary>
    /// <param name="url">The URL.</param>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    public bool Contains(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return _documents.ContainsKey(url);
    }

    /// <summary>Returns the registered document.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    /// <exception cref="JsonLdException">No document is registered under <paramref name="url"/> (<c>loading document failed</c>).</exception>
    public ValueTask<RemoteDocument> LoadDocumentAsync(string url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (_documents.TryGetValue(url, out var document))
        {
            return ValueTask.FromResult(document);
        }

        // A fragment does not change which document is served.
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0 && _documents.TryGetValue(url[..hash], out document))
        {
            return ValueTask.FromResult(document);
        }

        throw new JsonLdException(JsonLdErrorCodes.LoadingDocumentFailed, $"No document is registered for <{url}>.");
    }
}
