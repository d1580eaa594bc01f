namespace Credence.JsonLd;

/// <summary>Loads JSON-LD documents and remote contexts by URL (the spec's LoadDocumentCallback).</summary>
/// <remarks>
/// Processed contexts are cached per loader instance and URL: a loader must serve the same content for a URL for as
/// long as it is used (<see cref="StaticDocumentLoader"/> takes care of this when documents are registered again).
/// </remarks>
/// <seealso href="https://www.w3.org/TR/json-ld11-api/#loaddocumentcallback"/>
public interface IDocumentLoader
{
    /// <summary>Loads the document at <paramref name="url"/>.</summary>
    /// <param name="url">An absolute IRI.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The document; an implementation that cannot load it throws <see cref="JsonLdException"/> with <c>loading document failed</c>.</returns>
    /// <exception cref="JsonLdException">The document cannot be loaded.</exception>
    ValueTask<RemoteDocument> LoadDocumentAsync(string url, CancellationToken cancellationToken);
}
