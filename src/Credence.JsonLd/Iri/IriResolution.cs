using System.Text;

namespace Credence.JsonLd.Iri;

/// <summary>RFC 3986 §5.2 reference resolution, written out exactly: no normalization, no escaping, no rewriting.</summary>
/// <seealso href="https://www.rfc-editor.org/rfc/rfc3986#section-5.2"/>
internal static class IriResolution
{
    /// <summary>Resolves <paramref name="reference"/> against <paramref name="baseIri"/>; with no base the reference is returned unchanged.</summary>
    public static string Resolve(string? baseIri, string reference)
    {
        if (baseIri is null)
        {
            return reference;
        }

        var r = IriReference.Parse(reference);
        if (r.Scheme is not null)
        {
            // A reference with a scheme needs nothing from the base beyond dot-segment removal.
            return Recompose(r.Scheme, r.Authority, RemoveDotSegments(r.Path), r.Query, r.Fragment);
        }

        var b = IriReference.Parse(baseIri);
        string? authority;
        string path;
        string? query;

        // 5.2.2 Transform References (strict parser: the scheme is never ignored).
        if (r.Authority is not null)
        {
            authority = r.Authority;
            path = RemoveDotSegments(r.Path);
            query = r.Query;
        }
        else
        {
            if (r.Path.Length == 0)
            {
                path = b.Path;
                query = r.Query ?? b.Query;
            }
            else
            {
                path = r.Path[0] == '/' ? RemoveDotSegments(r.Path) : RemoveDotSegments(Merge(b, r.Path));
                query = r.Query;
            }

            authority = b.Authority;
        }

        return Recompose(b.Scheme, authority, path, query, r.Fragment);
    }

    // 5.2.3 Merge Paths.
    private static string Merge(IriReference baseReference, string referencePath)
    {
        if (baseReference.Authority is not null && baseReference.Path.Length == 0)
        {
            return "/" + referencePath;
        }

        var lastSlash = baseReference.Path.LastIndexOf('/');
        return lastSlash < 0 ? referencePath : string.Concat(baseReference.Path.AsSpan(0, lastSlash + 1), referencePath);
    }

    /// <summary>5.2.4 Remove Dot Segments.</summary>
    public static string RemoveDotSegments(string path)
    {
        if (path.IndexOf('.', StringComparison.Ordinal) < 0)
        {
            return path;
        }

        // 1. The input buffer is the path; the output buffer starts empty.
        var input = path;
        var output = new StringBuilder(path.Length);

        // 2. While the input buffer is not empty, loop.
        while (input.Length > 0)
        {
            if (input.StartsWith("../", StringComparison.Ordinal))
            {
                // 2A. Remove a prefix "../".
                input = input[3..];
            }
            else if (input.StartsWith("./", StringComparison.Ordinal))
            {
                // 2A. Remove a prefix "./".
                input = input[2..];
            }
            else if (input.StartsWith("/./", StringComparison.Ordinal))
            {
                // 2B. Replace a prefix "/./" with "/".
                input = input[2..];
            }
            else if (input == "/.")
            {
                // 2B. Replace "/." (a complete segment) with "/".
                input = "/";
            }
            else if (input.StartsWith("/../", StringComparison.Ordinal))
            {
                // 2C. Replace a prefix "/../" with "/" and remove the last output segment.
                input = input[3..];
                RemoveLastSegment(output);
            }
            else if (input == "/..")
            {
                // 2C. Replace "/.." (a complete segment) with "/" and remove the last output segment.
                input = "/";
                RemoveLastSegment(output);
            }
            else if (input is "." or "..")
            {
                // 2D. Remove a lone "." or "..".
                input = string.Empty;
            }
            else
            {
                // 2E. Move the first path segment (with its leading "/", if any) to the output.
                var start = input[0] == '/' ? 1 : 0;
                var next = input.IndexOf('/', start);
                if (next < 0)
                {
                    next = input.Length;
                }

                output.Append(input, 0, next);
                input = input[next..];
            }
        }

        // 3. The output buffer is the result.
        return output.ToString();
    }

    private static void RemoveLastSegment(StringBuilder output)
    {
        var i = output.Length - 1;
        while (i >= 0 && output[i] != '/')
        {
            i--;
        }

        output.Length = Math.Max(i, 0);
    }

    // 5.3 Component Recomposition.
    private static string Recompose(string? scheme, string? authority, string path, string? query, string? fragment)
    {
        var builder = new StringBuilder(path.Length + 32);
        if (scheme is not null)
        {
            builder.Append(scheme).Append(':');
        }

        if (authority is not null)
        {
            builder.Append("//").Append(authority);
        }

        builder.Append(path);
        if (query is not null)
        {
            builder.Append('?').Append(query);
        }

        if (fragment is not null)
        {
            builder.Append('#').Append(fragment);
        }

        return builder.ToString();
    }
}
