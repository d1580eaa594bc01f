namespace Credence.Credentials.Fetching;

/// <summary>Fetches the documents verifying someone else's credential needs: DID documents, status list credentials.</summary>
/// <remarks>Implementations report every failure as a <see cref="FetchResult"/> ("could not check"), never as an exception;
/// cancellation by the caller is the exception.</remarks>
public interface IDocumentFetcher
{
    /// <summary>Fetches the document at <paramref name="url"/>.</summary>
    /// <param name="url">The absolute URL.</param>
    /// <param name="cancellationToken">Cancels the fetch.</param>
    /// <returns>The document, or why it could not be fetched.</returns>
    Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken);
}
