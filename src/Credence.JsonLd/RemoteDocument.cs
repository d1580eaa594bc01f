using System.Text.Json;

namespace Credence.JsonLd;

/// <summary>A loaded document: its final URL (after redirects), its JSON content and what the HTTP response said about it.</summary>
/// <param name="DocumentUrl">The final URL of the document; it becomes the base IRI of what it contains.</param>
/// <param name="Document">The parsed JSON content.</param>
/// <seealso href="https://www.w3.org/TR/json-ld11-api/#remotedocument"/>
public sealed record RemoteDocument(string DocumentUrl, JsonElement Document)
{
    /// <summary>The media type without parameters (<c>application/ld+json</c>); null when unknown.</summary>
    public string? ContentType { get; init; }

    /// <summary>The URL of a context given by an HTTP Link header (only used for non-JSON-LD JSON media types).</summary>
    public string? ContextUrl { get; init; }
}
