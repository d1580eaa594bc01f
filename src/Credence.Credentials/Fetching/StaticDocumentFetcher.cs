using System.Collections.Frozen;
using Credence.Credentials.Verification;

namespace Credence.Credentials.Fetching;

/// <summary>Answers fetches from documents supplied up front (for offline verification with files given on the command line, and for tests).</summary>
public sealed class StaticDocumentFetcher : IDocumentFetcher
{
    private readonly FrozenDictionary<string, byte[]> _documents;

    /// <summary>Initializes a new instance of the <see cref="StaticDocumentFetcher"/> class.</summary>
    /// <param name="documents">Document bytes keyed by absolute URL.</param>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null.</exception>
    public StaticDocumentFetcher(IEnumerable<KeyValuePair<string, byte[]>> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        _documents = documents.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <inheritdoc/>
    public Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        return Task.FromResult(_documents.TryGetValue(url.AbsoluteUri, out var content)
            ? FetchResult.Success(content)
            : FetchResult.Failure(VerificationCodes.FetchUnavailable, $"No document was supplied for {url.AbsoluteUri}."));
    }
}
