namespace Credence.JsonLd.Canonicalization;

/// <summary>How RDFC-1.0 orders N-Quads lines (in Hash First Degree Quads and in the serialized canonical form).</summary>
/// <seealso href="https://www.w3.org/TR/rdf-canon/#hash-1d-quads"/>
public enum RdfcSortOrder
{
    /// <summary>Unicode code point order, as the specification requires; the default.</summary>
    CodePoint,

    /// <summary>
    /// UTF-16 code unit order, as the JavaScript implementation (rdf-canonize) sorts: differs from code point order only
    /// when a character in U+E000–U+FFFF meets one above U+FFFF at the same position. Not conformant; use it only to
    /// check whether a signature was made that way.
    /// </summary>
    Utf16CodeUnit,
}
