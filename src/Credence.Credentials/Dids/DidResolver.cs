using Credence.Credentials.Fetching;
using Credence.Credentials.Verification;

namespace Credence.Credentials.Dids;

/// <summary>Resolves verification methods: <c>did:key</c> offline; <c>did:web</c> and HTTPS controller documents
/// (<c>https://issuer.example/profile#key-1</c>) through the caller's fetcher; other DID methods are reported as not checked.</summary>
/// <param name="fetcher">The fetcher for <c>did:web</c> documents; <see langword="null"/> to work offline (did:web is then not checked).</param>
public sealed class DidResolver(IDocumentFetcher? fetcher)
{
    /// <summary>Resolves a DID or DID URL.</summary>
    /// <param name="didUrl">The DID or verification method id.</param>
    /// <param name="cancellationToken">Cancels a fetch.</param>
    /// <returns>The resolution; its <see cref="DidResolution.Problem"/> says why it did not succeed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="didUrl"/> is null.</exception>
    public async Task<DidResolution> ResolveAsync(string didUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(didUrl);
        if (didUrl.StartsWith(DidKey.Prefix, StringComparison.Ordinal))
        {
            return DidKey.Resolve(didUrl);
        }

        if (didUrl.StartsWith(DidWeb.Prefix, StringComparison.Ordinal))
        {
            return fetcher is null
                ? DidResolution.NotChecked(VerificationCodes.FetchOffline, $"{didUrl} needs its DID document, and fetching is turned off.")
                : await DidWeb.ResolveAsync(didUrl, fetcher, cancellationToken).ConfigureAwait(false);
        }

        if (didUrl.StartsWith("https:", StringComparison.Ordinal) || didUrl.StartsWith("http:", StringComparison.Ordinal))
        {
            return await ResolveControllerDocumentAsync(didUrl, cancellationToken).ConfigureAwait(false);
        }

        var parts = didUrl.Split(':', 3);
        if (parts.Length == 3 && parts[0] == "did" && parts[1].Length > 0 && parts[1].All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)) && parts[2].Length > 0)
        {
            return DidResolution.NotChecked(VerificationCodes.DidUnsupportedMethod, $"The DID method did:{parts[1]} is not supported.");
        }

        return DidResolution.Failed(VerificationCodes.DidInvalid, $"{didUrl} is not a DID.");
    }

    private async Task<DidResolution> ResolveControllerDocumentAsync(string methodUrl, CancellationToken cancellationToken)
    {
        var hash = methodUrl.IndexOf('#', StringComparison.Ordinal);
        var documentId = hash < 0 ? methodUrl : methodUrl[..hash];
        if (!Uri.TryCreate(documentId, UriKind.Absolute, out var url))
        {
            return DidResolution.Failed(VerificationCodes.DidInvalid, $"{methodUrl} is not a valid URL.");
        }

        if (fetcher is null)
        {
            return DidResolution.NotChecked(VerificationCodes.FetchOffline, $"{methodUrl} needs its controller document, and fetching is turned off.");
        }

        var fetched = await fetcher.FetchAsync(url, cancellationToken).ConfigureAwait(false);
        if (!fetched.Succeeded)
        {
            return DidResolution.NotChecked(fetched.FailureCode ?? VerificationCodes.FetchUnavailable, fetched.FailureMessage ?? $"{documentId} could not be fetched.");
        }

        var resolution = DidDocumentReader.Read(documentId, fetched.Content!);
        if (resolution.Document is null || hash < 0)
        {
            return resolution;
        }

        var method = resolution.Document.Find(methodUrl);
        return method is null
            ? DidResolution.Failed(VerificationCodes.DidMethodNotFound, $"{documentId} has no verification method {methodUrl}.")
            : resolution with { Method = method };
    }
}
