namespace Credence.JsonLd;

/// <summary>Loads JSON-LD documents and remote contexts by URL (the spec's LoadDocumentCallback).</summary>
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
