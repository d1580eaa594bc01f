using System.Buffers;

namespace Credence.JsonLd.Rdf;

/// <summary>Writes terms and quads in canonical N-Quads form, as UTF-8.</summary>
/// <remarks>
/// One space between terms, <c> .</c> and a line feed at the end; IRIs and blank node labels written as they are;
/// in literals only <c>"</c>, <c>\</c>, line feed and carriage return, backspace, tab and form feed use ECHAR, the
/// other characters U+0000–U+001F and U+007F use <c>\u00XX</c> with upper-case hex, everything else is written raw;
/// <c>xsd:string</c> datatypes are left implicit.
/// </remarks>
/// <seealso href="https://www.w3.org/TR/rdf-canon/#canonical-quads"/>
/// <seealso href="https://www.w3.org/TR/rdf12-n-triples/#canonical-ntriples"/>
internal static class CanonicalNQuadsWriter
{
    private static readonly SearchValues<char> LiteralEscapes = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\"\\\u007F");

    public static void WriteQuad(Utf8Buffer output, in Quad quad)
    {
        WriteTerm(output, quad.Subject, nameof(Quad.Subject));
        output.Append((byte)' ');
        WriteTerm(output, quad.Predicate, nameof(Quad.Predicate));
        output.Append((byte)' ');
        WriteTerm(output, quad.Object, nameof(Quad.Object));
        if (!quad.Graph.IsDefaultGraph)
        {
            if (quad.Graph.Kind == RdfTermKind.Literal)
            {
                throw new ArgumentException("A literal cannot name a graph.", nameof(quad));
            }

            output.Append((byte)' ');
            WriteTerm(output, quad.Graph, nameof(Quad.Graph));
        }

        output.Append(" .\n"u8);
    }

    /// <summary>Writes one IRI, blank node or literal (not the default graph).</summary>
    public static void WriteTerm(Utf8Buffer output, in RdfTerm term, string position)
    {
        switch (term.Kind)
        {
            case RdfTermKind.Iri:
                WriteIri(output, term.Value);
                break;
            case RdfTermKind.BlankNode:
                output.Append("_:"u8);
                output.AppendUtf8(term.Value);
                break;
            case RdfTermKind.Literal:
                WriteLiteral(output, term);
                break;
            default:
                throw new ArgumentException($"The default graph cannot be the {position} of a quad.", nameof(term));
        }
    }

    public static void WriteIri(Utf8Buffer output, string iri)
    {
        output.Append((byte)'<');
        output.AppendUtf8(iri);
        output.Append((byte)'>');
    }

    private static void WriteLiteral(Utf8Buffer output, in RdfTerm literal)
    {
        output.Append((byte)'"');
        WriteEscaped(output, literal.Value);
        output.Append((byte)'"');
        if (literal.Language is { } language)
        {
            output.Append((byte)'@');
            output.AppendUtf8(language);
        }
        else if (literal.Datatype is { } datatype && !string.Equals(datatype, RdfTerm.XsdString, StringComparison.Ordinal))
        {
            output.Append("^^"u8);
            WriteIri(output, datatype);
        }
    }

    private static void WriteEscaped(Utf8Buffer output, ReadOnlySpan<char> text)
    {
        while (true)
        {
            var next = text.IndexOfAny(LiteralEscapes);
            if (next < 0)
            {
                output.AppendUtf8(text);
                return;
            }

            output.AppendUtf8(text[..next]);
            var c = text[next];
            switch (c)
            {
                case '"': output.Append("\\\""u8); break;
                case '\\': output.Append("\\\\"u8); break;
                case '\n': output.Append("\\n"u8); break;
                case '\r': output.Append("\\r"u8); break;
                case '\t': output.Append("\\t"u8); break;
                case '\b': output.Append("\\b"u8); break;
                case '\f': output.Append("\\f"u8); break;
                default:
                    output.Append("\\u00"u8);
                    output.Append((byte)"0123456789ABCDEF"[c >> 4]);
                    output.Append((byte)"0123456789ABCDEF"[c & 0xF]);
                    break;
            }

            text = text[(next + 1)..];
        }
    }
}
