using System.Collections.Concurrent;
using System.Net;

namespace Credence.Web.Tests.Infrastructure;

/// <summary>Stands in for other issuers' web servers behind the verifier's guarded fetcher: answers from documents the tests publish, records every request, never touches the network.</summary>
public sealed class FakeDocumentServer : HttpMessageHandler
{
    private readonly ConcurrentDictionary<string, byte[]> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<Uri> _requests = new();

    /// <summary>Every URL requested, in order.</summary>
    public IReadOnlyCollection<Uri> Requests => _requests;

    public void Publish(string url, byte[] content) => _documents[new Uri(url).AbsoluteUri] = content;

    public void Publish(string url, string content) => Publish(url, System.Text.Encoding.UTF8.GetBytes(content));

    public int RequestsTo(string host) => _requests.Count(u => string.Equals(u.Host, host, StringComparison.OrdinalIgnoreCase));

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!; // HttpClient always sets the URI of a request it sends.
        _requests.Enqueue(url);
        return Task.FromResult(_documents.TryGetValue(url.AbsoluteUri, out var content)
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(content) }
            : new HttpResponseMessage(HttpStatusCode.NotFound));
    }
}
