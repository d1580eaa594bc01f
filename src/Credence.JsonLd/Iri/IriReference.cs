namespace Credence.JsonLd.Iri;

/// <summary>The five components of an IRI reference, split as RFC 3986 Appendix B's regular expression does.</summary>
/// <seealso href="https://www.rfc-editor.org/rfc/rfc3986#appendix-B"/>
internal readonly record struct IriReference(string? Scheme, string? Authority, string Path, string? Query, string? Fragment)
{
    public static IriReference Parse(string value)
    {
        string? fragment = null;
        var hash = value.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            fragment = value[(hash + 1)..];
            value = value[..hash];
        }

        string? query = null;
        var question = value.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            query = value[(question + 1)..];
            value = value[..question];
        }

        // scheme = ^([^:/?#]+): — one or more characters before the first ':' that are not '/', '?' or '#'.
        string? scheme = null;
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            var slash = value.IndexOf('/', StringComparison.Ordinal);
            if (slash < 0 || colon < slash)
            {
                scheme = value[..colon];
                value = value[(colon + 1)..];
            }
        }

        string? authority = null;
        if (value.StartsWith("//", StringComparison.Ordinal))
        {
            var end = value.IndexOf('/', 2);
            if (end < 0)
            {
                end = value.Length;
            }

            authority = value[2..end];
            value = value[end..];
        }

        return new IriReference(scheme, authority, value, query, fragment);
    }
}
