using System.Net;
using Credence.Credentials.Fetching;
using Credence.Credentials.Verification;
using Microsoft.Extensions.Time.Testing;

namespace Credence.Credentials.Tests.Fetching;

public sealed class GuardedHttpDocumentFetcherTests
{
    [Fact]
    public async Task A_document_within_the_limits_is_returned()
    {
        using var fetcher = new GuardedHttpDocumentFetcher(new FakeHandler(_ => Respond(HttpStatusCode.OK, "{}")));

        var result = await fetcher.FetchAsync(new Uri("https://example.edu/did.json"), TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded);
        Assert.Equal("{}"u8.ToArray(), result.Content);
    }

    [Theory]
    [InlineData(HttpStatusCode.Found)]
    [InlineData(HttpStatusCode.MovedPermanently)]
    [InlineData(HttpStatusCode.TemporaryRedirect)]
    public async Task Redirects_are_refused(HttpStatusCode status)
    {
        using var fetcher = new GuardedHttpDocumentFetcher(new FakeHandler(_ =>
        {
            var response = Respond(status, "");
            response.Headers.Location = new Uri("https://169.254.169.254/latest/meta-data");
            return response;
        }));

        var result = await fetcher.FetchAsync(new Uri("https://example.edu/did.json"), TestContext.Current.CancellationToken);

        Assert.Equal(VerificationCodes.FetchRedirect, result.FailureCode);
    }

    [Theory]
    [InlineData("https://127.0.0.1/did.json")] // loopback
    [InlineData("https://10.1.2.3/did.json")] // private
    [InlineData("https://169.254.169.254/latest/meta-data")] // link-local cloud metadata
    [InlineData("https://[::1]/did.json")] // IPv6 loopback
    [InlineData("https://[fd00::1]/did.json")] // IPv6 unique local
    [InlineData("https://[::ffff:192.168.0.1]/did.json")] // IPv4-mapped private
    [InlineData("https://localhost/did.json")] // loopback by name
    public async Task Non_public_addresses_are_refused_without_a_request(string url)
    {
        var handler = new FakeHandler(_ => Respond(HttpStatusCode.OK, "{}"));
        using var fetcher = new GuardedHttpDocumentFetcher(handler);

        var result = await fetcher.FetchAsync(new Uri(url), TestContext.Current.CancellationToken);

        Assert.Equal(VerificationCodes.FetchPrivateAddress, result.FailureCode);
        Assert.Equal(0, handler.Calls);
    }

    [Fact]
    public async Task Plain_http_is_refused_by_default()
    {
        var handler = new FakeHandler(_ => Respond(HttpStatusCode.OK, "{}"));
        using var fetcher = new GuardedHttpDocumentFetcher(handler);

        var result = await fetcher.FetchAsync(new Uri("http://example.edu/did.json"), TestContext.Current.CancellationToken);

        Assert.Equal(VerificationCodes.FetchNotHttps, result.FailureCode);
        Assert.Equal(0, handler.Calls);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused_even_without_a_content_length()
    {
        using var fetcher = new GuardedHttpDocumentFetcher(
            new FakeHandler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new EndlessStream()) }),
            new FetchOptions { MaxResponseBytes = 64 * 1024 });

        var result = await fetcher.FetchAsync(new Uri("https://example.edu/did.json"), TestContext.Current.CancellationToken);

        Assert.Equal(VerificationCodes.FetchTooLarge, result.FailureCode);
    }

    [Fact]
    public async Task A_server_that_never_answers_times_out()
    {
        var time = new FakeTimeProvider();
        using var fetcher = new GuardedHttpDocumentFetcher(new HangingHandler(), new FetchOptions { Timeout = TimeSpan.FromSeconds(5) }, time);

        var fetch = fetcher.FetchAsync(new Uri("https://example.edu/did.json"), TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromSeconds(6));
        var result = await fetch.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken); // hang guard only

        Assert.Equal(VerificationCodes.FetchTimeout, result.FailureCode);
    }

    [Fact]
    public async Task An_http_error_status_is_reported()
    {
        using var fetcher = new GuardedHttpDocumentFetcher(new FakeHandler(_ => Respond(HttpStatusCode.NotFound, "")));

        var result = await fetcher.FetchAsync(new Uri("https://example.edu/did.json"), TestContext.Current.CancellationToken);

        Assert.Equal(VerificationCodes.FetchHttpStatus, result.FailureCode);
    }

    private static HttpResponseMessage Respond(HttpStatusCode status, string body) => new(status) { Content = new StringContent(body) };

    private sealed class FakeHandler(Func<HttpRequestMessage, HttpResponseMessage> respond) : HttpMessageHandler
    {
        public int Calls { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult(respond(request));
        }
    }

    private sealed class HangingHandler : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK);
        }
    }

    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'a', offset, count);
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
