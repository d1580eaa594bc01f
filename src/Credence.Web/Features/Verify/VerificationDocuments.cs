using Credence.Credentials.Fetching;
using Credence.Credentials.Verification;
using Credence.Persistence.Issuing;

namespace Credence.Web.Features.Verify;

/// <summary>Where the verifier gets the DID documents and status lists a check needs: this instance's own documents from the database,
/// everyone else's through the guarded HTTP fetcher (unless <see cref="VerifierSettings.Offline"/>).</summary>
/// <remarks>A URL on this instance's own host (<c>Credence:PublicBaseUrl</c>) is never fetched over HTTP: a document the instance does
/// not publish there is simply unavailable.</remarks>
internal sealed class VerificationDocuments(
    IEnumerable<ILocalDocumentSource> localSources, GuardedHttpDocumentFetcher remote, VerifierSettings settings, IssuingOptions issuing) : IDocumentFetcher
{
    private readonly Uri _publicBase = issuing.PublicBaseUrl;

    public async Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        foreach (var source in localSources)
        {
            if (await source.FindAsync(url, cancellationToken) is { } document)
            {
                return FetchResult.Success(document);
            }
        }

        if (IsOwn(url))
        {
            return FetchResult.Failure(VerificationCodes.FetchUnavailable, $"This instance publishes no document at {url.AbsoluteUri}.");
        }

        return settings.Offline
            ? FetchResult.Failure(VerificationCodes.FetchOffline, $"The verifier runs offline, so {url.AbsoluteUri} was not fetched.")
            : await remote.FetchAsync(url, cancellationToken);
    }

    private bool IsOwn(Uri url) =>
        string.Equals(url.IdnHost, _publicBase.IdnHost, StringComparison.OrdinalIgnoreCase)
        && (url.Port == _publicBase.Port || (url.IsDefaultPort && _publicBase.IsDefaultPort));
}
