using System.Net;
using System.Net.Sockets;
using Credence.Credentials.Verification;

namespace Credence.Credentials.Fetching;

/// <summary>The one guarded HTTP client Credence fetches through: HTTPS only by default, a time limit, a size limit,
/// no redirects, and no connections to loopback, private or link-local addresses unless <see cref="FetchOptions"/> allow them.</summary>
public sealed class GuardedHttpDocumentFetcher : IDocumentFetcher, IDisposable
{
    private readonly HttpClient _client;
    private readonly FetchOptions _options;
    private readonly TimeProvider _timeProvider;

    /// <summary>Initializes a new instance of the <see cref="GuardedHttpDocumentFetcher"/> class with its own connection handler,
    /// which checks every address a host name resolves to before connecting.</summary>
    /// <param name="options">The limits; <see langword="null"/> for the defaults.</param>
    /// <param name="timeProvider">The clock for the time limit; <see langword="null"/> for the system clock.</param>
    public GuardedHttpDocumentFetcher(FetchOptions? options = null, TimeProvider? timeProvider = null)
        : this(CreateHandler(options ?? new FetchOptions()), options, timeProvider)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="GuardedHttpDocumentFetcher"/> class over a caller-supplied handler.</summary>
    /// <remarks>With a supplied handler, host names are not resolved here: only literal addresses and <c>localhost</c> are refused.
    /// Configure the handler not to follow redirects; redirect responses it returns are refused.</remarks>
    /// <param name="handler">The HTTP handler (disposed with this instance).</param>
    /// <param name="options">The limits; <see langword="null"/> for the defaults.</param>
    /// <param name="timeProvider">The clock for the time limit; <see langword="null"/> for the system clock.</param>
    /// <exception cref="ArgumentNullException"><paramref name="handler"/> is null.</exception>
    public GuardedHttpDocumentFetcher(HttpMessageHandler handler, FetchOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _options = options ?? new FetchOptions();
        _timeProvider = timeProvider ?? TimeProvider.System;
        _client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <inheritdoc/>
    public async Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || !(url.Scheme == Uri.UriSchemeHttps || (_options.AllowHttp && url.Scheme == Uri.UriSchemeHttp)))
        {
            return FetchResult.Failure(VerificationCodes.FetchNotHttps, $"Only HTTPS URLs are fetched: {url}.");
        }

        if (!_options.AllowPrivateAddresses && IsNonPublicHost(url))
        {
            return FetchResult.Failure(VerificationCodes.FetchPrivateAddress, $"{url.Host} is not a public internet address.");
        }

        using var timeout = new CancellationTokenSource(_options.Timeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.ParseAdd("application/json, application/ld+json, application/did+json, application/vc+jwt;q=0.9, */*;q=0.1");
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400)
            {
                return FetchResult.Failure(VerificationCodes.FetchRedirect, $"{url} answered with a redirect ({status}); redirects are not followed.");
            }

            if (!response.IsSuccessStatusCode)
            {
                return FetchResult.Failure(VerificationCodes.FetchHttpStatus, $"{url} answered with HTTP {status}.");
            }

            if (response.Content.Headers.ContentLength > _options.MaxResponseBytes)
            {
                return FetchResult.Failure(VerificationCodes.FetchTooLarge, $"{url} is larger than {_options.MaxResponseBytes} bytes.");
            }

            var stream = await response.Content.ReadAsStreamAsync(linked.Token).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var body = await ReadLimitedAsync(stream, _options.MaxResponseBytes, linked.Token).ConfigureAwait(false);
                return body is null
                    ? FetchResult.Failure(VerificationCodes.FetchTooLarge, $"{url} is larger than {_options.MaxResponseBytes} bytes.")
                    : FetchResult.Success(body);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return FetchResult.Failure(VerificationCodes.FetchTimeout, $"{url} did not answer within {_options.Timeout.TotalSeconds} s.");
        }
        catch (HttpRequestException exception) when (exception.InnerException is NonPublicAddressException)
        {
            return FetchResult.Failure(VerificationCodes.FetchPrivateAddress, $"{url.Host} resolves to an address that is not public.");
        }
        catch (HttpRequestException exception)
        {
            return FetchResult.Failure(VerificationCodes.FetchNetworkError, $"{url} could not be fetched: {exception.Message}");
        }
        catch (IOException exception)
        {
            return FetchResult.Failure(VerificationCodes.FetchNetworkError, $"{url} could not be read: {exception.Message}");
        }
    }

    /// <summary>Releases the HTTP client and its handler.</summary>
    public void Dispose() => _client.Dispose();

    private static async Task<byte[]?> ReadLimitedAsync(Stream stream, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static bool IsNonPublicHost(Uri url)
    {
        if (url.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6)
        {
            return !IPAddress.TryParse(url.IdnHost, out var address) || !AddressPolicy.IsPublic(address);
        }

        var host = url.IdnHost.TrimEnd('.');
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);
    }

    private static SocketsHttpHandler CreateHandler(FetchOptions options) => new()
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
        UseCookies = false,
        ConnectCallback = options.AllowPrivateAddresses ? null : ConnectToPublicAddressAsync,
    };

    private static async ValueTask<Stream> ConnectToPublicAddressAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken).ConfigureAwait(false);

        // Refuse when any address is non-public: a host that resolves to both must not be a way in.
        if (addresses.Length == 0 || addresses.Any(a => !AddressPolicy.IsPublic(a)))
        {
            throw new NonPublicAddressException();
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private sealed class NonPublicAddressException : IOException
    {
        public NonPublicAddressException()
            : base("The host resolves to a non-public address.")
        {
        }
    }
}
