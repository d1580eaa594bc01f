namespace Credence.JsonLd.Iri;

/// <summary>Syntactic tests on IRIs and identifiers used throughout the JSON-LD algorithms.</summary>
internal static class IriSyntax
{
    /// <summary>True for an absolute IRI: a scheme (ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )) followed by ':'.</summary>
    public static bool IsAbsoluteIri(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !char.IsAsciiLetter(value[0]))
        {
            return false;
        }

        for (var i = 1; i < colon; i++)
        {
            var c = value[i];
            if (!char.IsAsciiLetterOrDigit(c) && c != '+' && c != '-' && c != '.')
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsBlankNodeIdentifier(string value) => value.StartsWith("_:", StringComparison.Ordinal);

    /// <summary>An absolute IRI that RDF accepts: no whitespace, controls or characters IRIs never contain.</summary>
    public static bool IsWellFormedIri(string value)
    {
        if (!IsAbsoluteIri(value))
        {
            return false;
        }

        var hashes = 0;
        foreach (var c in value)
        {
            if (c == '#' && ++hashes > 1)
            {
                return false;
            }

            if (c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '\\' or '^' or '`')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Well-formed for RDF: a blank node identifier or a well-formed absolute IRI.</summary>
    public static bool IsWellFormedIriOrBlankNode(string value) => IsBlankNodeIdentifier(value) || IsWellFormedIri(value);

    /// <summary>True when the IRI ends with an RFC 3986 gen-delim (":", "/", "?", "#", "[", "]", "@").</summary>
    public static bool EndsWithGenDelim(string value) =>
        value.Length > 0 && value[^1] is ':' or '/' or '?' or '#' or '[' or ']' or '@';

    /// <summary>A well-formed BCP 47 language tag, as far as RDF conversion checks it.</summary>
    public static bool IsWellFormedLanguageTag(string value)
    {
        var segmentLength = 0;
        var first = true;
        foreach (var c in value)
        {
            if (c == '-')
            {
                if (segmentLength == 0)
                {
                    return false;
                }

                segmentLength = 0;
                first = false;
                continue;
            }

            if (!(first ? char.IsAsciiLetter(c) : char.IsAsciiLetterOrDigit(c)) || ++segmentLength > 8)
            {
                return false;
            }
        }

        return segmentLength > 0;
    }
}
