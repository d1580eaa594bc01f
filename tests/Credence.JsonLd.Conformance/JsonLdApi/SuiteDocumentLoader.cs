using System.Text.Json;

namespace Credence.JsonLd.Conformance.JsonLdApi;

/// <summary>
/// Serves the suite's files for their <c>https://w3c.github.io/json-ld-api/tests/</c> URLs, and emulates the HTTP
/// response a remote-doc entry describes (content type, Link headers, redirects) for that entry's own input.
/// Any other URL fails to load; nothing touches the network.
/// </summary>
internal sealed class SuiteDocumentLoader : IDocumentLoader
{
    private const string ContextRel = "http://www.w3.org/ns/json-ld#context";

    private readonly JsonLdApiEntry _entry;

    public SuiteDocumentLoader(JsonLdApiEntry entry)
    {
        _entry = entry;
    }

    public ValueTask<RemoteDocument> LoadDocumentAsync(string url, CancellationToken cancellationToken)
    {
        var inputUrl = JsonLdApiManifest.BaseIri + _entry.Input;
        if (string.Equals(url, inputUrl, StringComparison.Ordinal))
        {
            return ValueTask.FromResult(LoadInput(url));
        }

        return ValueTask.FromResult(Load(url, ContentTypeOf(url)));
    }

    private RemoteDocument LoadInput(string url)
    {
        // A redirect serves another file under its own URL.
        if (_entry.OptionString("redirectTo") is { } redirectTo)
        {
            var target = JsonLdApiManifest.BaseIri + redirectTo;
            return Load(target, ContentTypeOf(target));
        }

        var contentType = _entry.OptionString("contentType") ?? ContentTypeOf(url);
        string? contextUrl = null;
        var contextLinks = 0;
        foreach (var link in _entry.OptionStrings("httpLink"))
        {
            var (target, rel, type) = ParseLink(link);
            if (string.Equals(rel, ContextRel, StringComparison.Ordinal))
            {
                contextLinks++;
                contextUrl = Resolve(url, target);
            }
            else if (string.Equals(rel, "alternate", StringComparison.Ordinal) && string.Equals(type, "application/ld+json", StringComparison.Ordinal)
                && !IsJson(contentType))
            {
                // A non-JSON response with a JSON-LD alternate is replaced by the alternate.
                var alternate = Resolve(url, target);
                return Load(alternate, ContentTypeOf(alternate));
            }
        }

        if (contextLinks > 1 && string.Equals(contentType, "application/json", StringComparison.Ordinal))
        {
            throw new JsonLdException(JsonLdErrorCodes.MultipleContextLinkHeaders, "The response has more than one context Link header.");
        }

        return Load(url, contentType) with { ContextUrl = contextUrl };
    }

    private static RemoteDocument Load(string url, string contentType)
    {
        if (!url.StartsWith(JsonLdApiManifest.BaseIri, StringComparison.Ordinal))
        {
            throw new JsonLdException(JsonLdErrorCodes.LoadingDocumentFailed, $"<{url}> is outside the test suite.");
        }

        var relative = url[JsonLdApiManifest.BaseIri.Length..];
        var cut = relative.IndexOfAny(['?', '#']);
        if (cut >= 0)
        {
            relative = relative[..cut];
        }

        var path = JsonLdApiManifest.PathOf(relative);
        if (!File.Exists(path))
        {
            throw new JsonLdException(JsonLdErrorCodes.LoadingDocumentFailed, $"<{url}> does not exist (404).");
        }

        if (!IsJson(contentType))
        {
            throw new JsonLdException(JsonLdErrorCodes.LoadingDocumentFailed, $"<{url}> is served as {contentType}.");
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return new RemoteDocument(url, document.RootElement.Clone()) { ContentType = contentType };
    }

    private static bool IsJson(string contentType) =>
        contentType is "application/json" or "application/ld+json" || contentType.EndsWith("+json", StringComparison.Ordinal);

    private static string ContentTypeOf(string url) => Path.GetExtension(url.Split('?', '#')[0]) switch
    {
        ".jsonld" => "application/ld+json",
        ".json" => "application/json",
        ".html" => "text/html",
        _ => "application/octet-stream",
    };

    private static string Resolve(string baseUrl, string reference) =>
        reference.Contains("://", StringComparison.Ordinal) ? reference : baseUrl[..(baseUrl.LastIndexOf('/') + 1)] + reference;

    private static (string Target, string? Rel, string? Type) ParseLink(string link)
    {
        var end = link.IndexOf('>', StringComparison.Ordinal);
        var target = link[1..end];
        string? rel = null;
        string? type = null;
        foreach (var parameter in link[(end + 1)..].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = parameter.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                continue;
            }

            var name = parameter[..equals].Trim();
            var value = parameter[(equals + 1)..].Trim().Trim('"');
            if (name == "rel")
            {
                rel = value;
            }
            else if (name == "type")
            {
                type = value;
            }
        }

        return (target, rel, type);
    }
}
