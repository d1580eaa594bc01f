using Credence.Credentials.Fetching;

namespace Credence.Cli.Commands;

/// <summary>Answers from the documents given on the command line first, then (unless offline) from the network.</summary>
/// <param name="local">The documents given with <c>--status-list</c> and <c>--did-document</c>.</param>
/// <param name="network">The guarded HTTP fetcher, or null with <c>--offline</c>.</param>
internal sealed class DocumentFetchers(StaticDocumentFetcher local, IDocumentFetcher? network) : IDocumentFetcher
{
    public async Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        var result = await local.FetchAsync(url, cancellationToken).ConfigureAwait(false);
        if (result.Succeeded)
        {
            return result;
        }

        return network is null
            ? FetchResult.Failure(Credence.Credentials.Verification.VerificationCodes.FetchOffline, $"--offline: {url.AbsoluteUri} was not given as a file.")
            : await network.FetchAsync(url, cancellationToken).ConfigureAwait(false);
    }
}
