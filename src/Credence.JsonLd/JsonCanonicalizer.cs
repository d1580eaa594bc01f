using Credence.JsonLd.Json;

namespace Credence.JsonLd;

/// <summary>RFC 8785 JSON Canonicalization Scheme (JCS): the one serialization of a JSON value that signatures over JSON use.</summary>
/// <seealso href="https://www.rfc-editor.org/rfc/rfc8785"/>
public static class JsonCanonicalizer
{
    /// <summary>The nesting depth accepted when no other is given.</summary>
    public const int DefaultMaxDepth = 256;

    /// <summary>Canonicalizes UTF-8 JSON text: properties sorted by UTF-16 code units, numbers as ECMAScript writes them, minimal string escapes, no whitespace.</summary>
    /// <param name="utf8Json">The JSON text.</param>
    /// <param name="maxDepth">The deepest nesting accepted.</param>
    /// <returns>The canonical JSON text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDepth"/> is not positive.</exception>
    /// <exception cref="JsonLdException">The text is not I-JSON: not well-formed, a repeated property name in one object (<c>invalid JSON</c>), a number outside the IEEE 754 double range, or nesting deeper than <paramref name="maxDepth"/>.</exception>
    public static string Canonicalize(ReadOnlySpan<byte> utf8Json, int maxDepth = DefaultMaxDepth)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxDepth);

        // RFC 8785 §3.1: the input is I-JSON (RFC 7493), which forbids repeated names; reading them as the last one wins
        // would sign something other than what a reader of the text may see.
        return JsonCanonicalization.Serialize(JsonTree.Parse(utf8Json, maxDepth, rejectDuplicateNames: true));
    }
}
