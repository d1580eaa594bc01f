using System.Buffers;
using System.Globalization;
using System.Text;

namespace Credence.JsonLd.Rdf;

/// <summary>A strict parser for RDF 1.1 N-Quads documents.</summary>
/// <remarks>
/// Follows the grammar exactly: absolute IRIs only; UCHAR escapes in IRIs must not produce characters IRIREF forbids;
/// escapes must name Unicode scalar values; white space is spaces and tabs; <c>#</c> starts a comment outside terms.
/// </remarks>
/// <seealso href="https://www.w3.org/TR/n-quads/#sec-grammar"/>
internal sealed class NQuadsParser
{
    private static readonly SearchValues<char> StringStops = SearchValues.Create("\"\\\n\r");

    // Characters that end a run of ordinary IRI characters: '>', '\', and everything IRIREF forbids.
    private static readonly SearchValues<char> IriStops = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        " <>\"{}|^`\\");

    private readonly string _text;
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private StringBuilder? _scratch;
    private int _position;
    private int _line = 1;
    private int _lineStart;

    private NQuadsParser(string text)
    {
        _text = text;
        _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Parses a whole document; throws <see cref="NQuadsSyntaxException"/> at the first error.</summary>
    public static RdfDataset Parse(string text)
    {
        var parser = new NQuadsParser(text);
        parser.CheckSurrogates();
        var dataset = new RdfDataset();
        parser.ParseDocument(dataset);
        return dataset;
    }

    private void ParseDocument(RdfDataset dataset)
    {
        var text = _text;
        while (true)
        {
            SkipWhitespace();
            if (_position >= text.Length)
            {
                return;
            }

            var c = text[_position];
            if (c is '\n' or '\r')
            {
                NewLine();
            }
            else if (c == '#')
            {
                SkipComment();
            }
            else
            {
                dataset.Add(ParseStatement());
                SkipWhitespace();
                if (_position < text.Length && text[_position] == '#')
                {
                    SkipComment();
                }

                if (_position < text.Length && text[_position] is not ('\n' or '\r'))
                {
                    throw Error(RdfcErrorCodes.UnexpectedToken, "only white space or a comment may follow '.' on a line");
                }
            }
        }
    }

    // statement ::= subject predicate object graphLabel? '.'
    private Quad ParseStatement()
    {
        var subject = Peek() switch
        {
            '<' => RdfTerm.Iri(ParseIri()),
            '_' => RdfTerm.BlankNode(ParseBlankNodeLabel()),
            _ => throw Error(RdfcErrorCodes.UnexpectedToken, "a subject must be an IRI or a blank node"),
        };

        SkipWhitespace();
        if (Peek() != '<')
        {
            throw Error(RdfcErrorCodes.UnexpectedToken, "a predicate must be an IRI");
        }

        var predicate = RdfTerm.Iri(ParseIri());

        SkipWhitespace();
        var @object = Peek() switch
        {
            '<' => RdfTerm.Iri(ParseIri()),
            '_' => RdfTerm.BlankNode(ParseBlankNodeLabel()),
            '"' => ParseLiteral(),
            _ => throw Error(RdfcErrorCodes.UnexpectedToken, "an object must be an IRI, a blank node or a literal"),
        };

        SkipWhitespace();
        var graph = Peek() switch
        {
            '<' => RdfTerm.Iri(ParseIri()),
            '_' => RdfTerm.BlankNode(ParseBlankNodeLabel()),
            _ => RdfTerm.DefaultGraph,
        };

        SkipWhitespace();
        switch (Peek())
        {
            case '.':
                _position++;
                break;
            case '\0' or '\n' or '\r':
                throw Error(RdfcErrorCodes.MissingDot, "the statement does not end with '.'");
            default:
                throw Error(RdfcErrorCodes.UnexpectedToken, graph.IsDefaultGraph
                    ? "expected a graph label or '.' after the object"
                    : "expected '.' after the graph label");
        }

        return new Quad(subject, predicate, @object, graph);
    }

    // IRIREF ::= '<' ([^#x00-#x20<>"{}|^`\] | UCHAR)* '>'
    private string ParseIri()
    {
        var text = _text;
        var start = ++_position;
        StringBuilder? builder = null;
        var runStart = start;
        while (true)
        {
            if (_position >= text.Length)
            {
                throw Error(RdfcErrorCodes.InvalidIri, "the IRI is not closed by '>'");
            }

            // Skip ordinary IRI characters in one vectorized search.
            var next = text.AsSpan(_position).IndexOfAny(IriStops);
            if (next < 0)
            {
                _position = text.Length;
                continue;
            }

            _position += next;
            var c = text[_position];
            if (c == '>')
            {
                break;
            }

            if (c == '\\')
            {
                builder ??= Scratch();
                builder.Append(text, runStart, _position - runStart);
                var escapeStart = _position;
                if (_position + 1 >= text.Length || text[_position + 1] is not ('u' or 'U'))
                {
                    throw Error(RdfcErrorCodes.InvalidEscape, "only \\u and \\U escapes are allowed in an IRI");
                }

                var codePoint = ParseUchar();
                if (IsForbiddenInIri(codePoint))
                {
                    throw ErrorAt(RdfcErrorCodes.InvalidIri, escapeStart, $"the escape gives U+{codePoint:X4}, which an IRI may not contain");
                }

                AppendCodePoint(builder, codePoint);
                runStart = _position;
                continue;
            }

            throw Error(RdfcErrorCodes.InvalidIri, c is '\n' or '\r'
                ? "the IRI is not closed by '>' on its line"
                : $"U+{(int)c:X4} is not allowed in an IRI");
        }

        string iri;
        if (builder is null)
        {
            iri = Intern(text.AsSpan(start, _position - start));
        }
        else
        {
            builder.Append(text, runStart, _position - runStart);
            iri = builder.ToString();
        }

        if (!HasScheme(iri))
        {
            throw ErrorAt(RdfcErrorCodes.RelativeIri, start - 1, "N-Quads IRIs must be absolute (start with a scheme)");
        }

        _position++;
        return iri;
    }

    // BLANK_NODE_LABEL ::= '_:' (PN_CHARS_U | [0-9]) ((PN_CHARS | '.')* PN_CHARS)?
    private string ParseBlankNodeLabel()
    {
        var text = _text;
        if (_position + 1 >= text.Length || text[_position + 1] != ':')
        {
            throw Error(RdfcErrorCodes.InvalidBlankNode, "a blank node label starts with '_:'");
        }

        _position += 2;
        var start = _position;
        var first = CodePointAt(_position, out var width);
        if (!(IsPnCharsU(first) || first is >= '0' and <= '9'))
        {
            throw Error(RdfcErrorCodes.InvalidBlankNode, "a blank node label must start with a letter, digit, '_' or ':'");
        }

        _position += width;
        var end = _position;
        while (_position < text.Length)
        {
            var c = CodePointAt(_position, out width);
            if (c == '.')
            {
                _position++;
            }
            else if (IsPnChars(c))
            {
                _position += width;
                end = _position;
            }
            else
            {
                break;
            }
        }

        // Note: a label may not end with '.', so trailing dots belong to what follows (the statement's end).
        _position = end;
        return Intern(text.AsSpan(start, end - start));
    }

    // literal ::= STRING_LITERAL_QUOTE ('^^' IRIREF | LANGTAG)?
    private RdfTerm ParseLiteral()
    {
        var lexicalForm = ParseString();
        SkipWhitespace();
        var text = _text;
        if (_position < text.Length && text[_position] == '^')
        {
            if (_position + 1 >= text.Length || text[_position + 1] != '^')
            {
                throw Error(RdfcErrorCodes.UnexpectedToken, "a datatype is introduced by '^^'");
            }

            _position += 2;
            SkipWhitespace();
            if (Peek() != '<')
            {
                throw Error(RdfcErrorCodes.UnexpectedToken, "a datatype must be an IRI");
            }

            return RdfTerm.Literal(lexicalForm, ParseIri());
        }

        if (_position < text.Length && text[_position] == '@')
        {
            return RdfTerm.Literal(lexicalForm, language: ParseLanguageTag());
        }

        return RdfTerm.Literal(lexicalForm);
    }

    // STRING_LITERAL_QUOTE ::= '"' ([^#x22#x5C#xA#xD] | ECHAR | UCHAR)* '"'
    private string ParseString()
    {
        var text = _text;
        var start = ++_position;
        StringBuilder? builder = null;
        var runStart = start;
        while (true)
        {
            var rest = text.AsSpan(_position);
            var next = rest.IndexOfAny(StringStops);
            if (next < 0)
            {
                _position = text.Length;
                throw ErrorAt(RdfcErrorCodes.UnterminatedLiteral, start - 1, "the string is not closed by '\"'");
            }

            _position += next;
            var c = text[_position];
            if (c == '"')
            {
                break;
            }

            if (c is '\n' or '\r')
            {
                throw ErrorAt(RdfcErrorCodes.UnterminatedLiteral, start - 1, "the string is not closed by '\"' on its line");
            }

            builder ??= Scratch();
            builder.Append(text, runStart, _position - runStart);
            var escape = _position + 1 < text.Length ? text[_position + 1] : '\0';
            switch (escape)
            {
                case 't': builder.Append('\t'); _position += 2; break;
                case 'b': builder.Append('\b'); _position += 2; break;
                case 'n': builder.Append('\n'); _position += 2; break;
                case 'r': builder.Append('\r'); _position += 2; break;
                case 'f': builder.Append('\f'); _position += 2; break;
                case '"': builder.Append('"'); _position += 2; break;
                case '\'': builder.Append('\''); _position += 2; break;
                case '\\': builder.Append('\\'); _position += 2; break;
                case 'u' or 'U': AppendCodePoint(builder, ParseUchar()); break;
                default: throw Error(RdfcErrorCodes.InvalidEscape, "unknown escape in a string");
            }

            runStart = _position;
        }

        string value;
        if (builder is null)
        {
            value = text.Substring(start, _position - start);
        }
        else
        {
            builder.Append(text, runStart, _position - runStart);
            value = builder.ToString();
        }

        _position++;
        return value;
    }

    // UCHAR ::= '\u' HEX HEX HEX HEX | '\U' HEX HEX HEX HEX HEX HEX HEX HEX
    private int ParseUchar()
    {
        var start = _position;
        var digits = _text[_position + 1] == 'u' ? 4 : 8;
        if (_position + 2 + digits > _text.Length
            || !int.TryParse(_text.AsSpan(_position + 2, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var codePoint))
        {
            throw Error(RdfcErrorCodes.InvalidEscape, $"\\{_text[_position + 1]} must be followed by {digits} hexadecimal digits");
        }

        if (codePoint is > 0x10FFFF or < 0 || (codePoint is >= 0xD800 and <= 0xDFFF))
        {
            throw ErrorAt(RdfcErrorCodes.InvalidEscape, start, "the escape does not name a Unicode scalar value");
        }

        _position += 2 + digits;
        return codePoint;
    }

    // LANGTAG ::= '@' [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*
    private string ParseLanguageTag()
    {
        var text = _text;
        var start = ++_position;
        while (_position < text.Length && char.IsAsciiLetter(text[_position]))
        {
            _position++;
        }

        if (_position == start)
        {
            throw Error(RdfcErrorCodes.InvalidLanguageTag, "a language tag starts with a letter");
        }

        while (_position < text.Length && text[_position] == '-')
        {
            var subtagStart = ++_position;
            while (_position < text.Length && char.IsAsciiLetterOrDigit(text[_position]))
            {
                _position++;
            }

            if (_position == subtagStart)
            {
                throw Error(RdfcErrorCodes.InvalidLanguageTag, "a language subtag must not be empty");
            }
        }

        return Intern(text.AsSpan(start, _position - start));
    }

    private void CheckSurrogates()
    {
        var text = _text.AsSpan();
        var offset = 0;
        while (true)
        {
            var next = text[offset..].IndexOfAnyInRange('\uD800', '\uDFFF');
            if (next < 0)
            {
                return;
            }

            var index = offset + next;
            if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                offset = index + 2;
                continue;
            }

            // Find the line and column of the lone surrogate before reporting it.
            for (var i = 0; i < index; i++)
            {
                if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    _line++;
                    _lineStart = i + 1;
                }
            }

            throw ErrorAt(RdfcErrorCodes.InvalidCharacter, index, "a lone UTF-16 surrogate is not a Unicode character");
        }
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private void SkipWhitespace()
    {
        var text = _text;
        while (_position < text.Length && text[_position] is ' ' or '\t')
        {
            _position++;
        }
    }

    private void SkipComment()
    {
        var rest = _text.AsSpan(_position);
        var end = rest.IndexOfAny('\n', '\r');
        _position = end < 0 ? _text.Length : _position + end;
    }

    // EOL ::= [#xD#xA]+ ; a CR LF pair counts as one line break for positions.
    private void NewLine()
    {
        if (_text[_position] == '\r' && _position + 1 < _text.Length && _text[_position + 1] == '\n')
        {
            _position++;
        }

        _position++;
        _line++;
        _lineStart = _position;
    }

    private int CodePointAt(int index, out int width)
    {
        width = 1;
        if (index >= _text.Length)
        {
            return -1;
        }

        var c = _text[index];
        if (char.IsHighSurrogate(c) && index + 1 < _text.Length && char.IsLowSurrogate(_text[index + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, _text[index + 1]);
        }

        return c;
    }

    private string Intern(ReadOnlySpan<char> span)
    {
        if (_lookup.TryGetValue(span, out var existing))
        {
            return existing;
        }

        var value = span.ToString();
        _strings.Add(value, value);
        return value;
    }

    private StringBuilder Scratch()
    {
        _scratch ??= new StringBuilder();
        _scratch.Clear();
        return _scratch;
    }

    private static void AppendCodePoint(StringBuilder builder, int codePoint)
    {
        if (codePoint < 0x10000)
        {
            builder.Append((char)codePoint);
        }
        else
        {
            var rune = new Rune(codePoint);
            Span<char> pair = stackalloc char[2];
            rune.EncodeToUtf16(pair);
            builder.Append(pair);
        }
    }

    private static bool IsForbiddenInIri(int c) =>
        c <= 0x20 || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\';

    // scheme ::= ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"
    private static bool HasScheme(string iri)
    {
        if (iri.Length == 0 || !char.IsAsciiLetter(iri[0]))
        {
            return false;
        }

        for (var i = 1; i < iri.Length; i++)
        {
            var c = iri[i];
            if (c == ':')
            {
                return true;
            }

            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            {
                return false;
            }
        }

        return false;
    }

    // PN_CHARS_BASE, plus '_' and ':' (RDF 1.1 N-Quads PN_CHARS_U)
    private static bool IsPnCharsU(int c) =>
        c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or '_' or ':'
            or (>= 0x00C0 and <= 0x00D6) or (>= 0x00D8 and <= 0x00F6) or (>= 0x00F8 and <= 0x02FF)
            or (>= 0x0370 and <= 0x037D) or (>= 0x037F and <= 0x1FFF) or (>= 0x200C and <= 0x200D)
            or (>= 0x2070 and <= 0x218F) or (>= 0x2C00 and <= 0x2FEF) or (>= 0x3001 and <= 0xD7FF)
            or (>= 0xF900 and <= 0xFDCF) or (>= 0xFDF0 and <= 0xFFFD) or (>= 0x10000 and <= 0xEFFFF);

    // PN_CHARS ::= PN_CHARS_U | '-' | [0-9] | #x00B7 | [#x0300-#x036F] | [#x203F-#x2040]
    private static bool IsPnChars(int c) =>
        IsPnCharsU(c) || c is '-' or (>= '0' and <= '9') or 0x00B7 or (>= 0x0300 and <= 0x036F) or (>= 0x203F and <= 0x2040);

    private NQuadsSyntaxException Error(string code, string what) => ErrorAt(code, _position, what);

    private NQuadsSyntaxException ErrorAt(string code, int index, string what)
    {
        var column = index - _lineStart + 1;
        var message = string.Create(CultureInfo.InvariantCulture, $"N-Quads syntax error at line {_line}, column {column}: {what}.");
        return new NQuadsSyntaxException(new NQuadsSyntaxError(code, message, _line, column));
    }
}
