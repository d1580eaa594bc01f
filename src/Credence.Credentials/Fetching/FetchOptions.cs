namespace Credence.Credentials.Fetching;

/// <summary>Limits of <see cref="GuardedHttpDocumentFetcher"/>; the defaults are safe for verifying credentials from anyone.</summary>
public sealed record FetchOptions
{
    /// <summary>Gets the largest response body accepted, in bytes (default 1 MiB; a status list of 131,072 entries is about 1 KB compressed).</summary>
    public int MaxResponseBytes { get; init; } = 1024 * 1024;

    /// <summary>Gets the time allowed for the whole fetch (default 10 seconds).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets a value indicating whether plain <c>http</c> URLs are fetched (default: HTTPS only).</summary>
    public bool AllowHttp { get; init; }

    /// <summary>Gets a value indicating whether loopback, private, link-local and other non-public addresses may be contacted (default: no).</summary>
    public bool AllowPrivateAddresses { get; init; }
}
