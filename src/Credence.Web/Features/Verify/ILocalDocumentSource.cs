namespace Credence.Web.Features.Verify;

/// <summary>Documents this instance publishes itself (its did:web documents, its status list credentials), answered from the database so
/// verifying a credential issued here never makes an HTTP request to the instance itself.</summary>
internal interface ILocalDocumentSource
{
    /// <summary>The document published at <paramref name="url"/>, or null when this source does not publish one there.</summary>
    Task<byte[]?> FindAsync(Uri url, CancellationToken cancellationToken);
}
