namespace Credence.JsonLd;

/// <summary>Stable error codes for N-Quads parsing and RDF Dataset Canonicalization (RDFC-1.0), carried by <see cref="JsonLdException.Code"/>.</summary>
/// <seealso href="https://www.w3.org/TR/rdf-canon/"/>
public static class RdfcErrorCodes
{
    /// <summary>An IRI reference contains a character N-Quads does not allow, or is not closed by <c>&gt;</c>.</summary>
    public const string InvalidIri = "nquads.invalid-iri";

    /// <summary>An IRI reference is relative; N-Quads requires absolute IRIs.</summary>
    public const string RelativeIri = "nquads.relative-iri";

    /// <summary>A blank node label does not match the BLANK_NODE_LABEL production.</summary>
    public const string InvalidBlankNode = "nquads.invalid-blank-node";

    /// <summary>A string literal is not closed on its line.</summary>
    public const string UnterminatedLiteral = "nquads.unterminated-literal";

    /// <summary>A backslash escape is not one of ECHAR or UCHAR, or a UCHAR names no Unicode scalar value.</summary>
    public const string InvalidEscape = "nquads.invalid-escape";

    /// <summary>A language tag does not match the LANGTAG production.</summary>
    public const string InvalidLanguageTag = "nquads.invalid-language-tag";

    /// <summary>The input holds a lone UTF-16 surrogate, which is not a Unicode character.</summary>
    public const string InvalidCharacter = "nquads.invalid-character";

    /// <summary>A term or character appears where the N-Quads grammar does not allow it.</summary>
    public const string UnexpectedToken = "nquads.unexpected-token";

    /// <summary>A statement does not end with <c>.</c> before the end of its line.</summary>
    public const string MissingDot = "nquads.missing-dot";

    /// <summary>RDFC-1.0 gave up: the deepest hashing work (Hash N-Degree Quads calls and permutations) exceeded the configured work limit, as on a poisoned dataset.</summary>
    public const string WorkLimitExceeded = "rdfc.work-limit-exceeded";
}
