using Credence.JsonLd.Rdf;

namespace Credence.JsonLd.Tests.Rdf;

public sealed class NQuadsTests
{
    [Fact]
    public void Parse_reads_every_kind_of_term_and_graph_label()
    {
        const string text = """
            <http://example.com/s> <http://example.com/p> <http://example.com/o> .
            _:b0 <http://example.com/p> "plain" <http://example.com/g> .
            _:b0 <http://example.com/p> "hello"@en-GB _:g .
            _:b0 <http://example.com/p> "5"^^<http://www.w3.org/2001/XMLSchema#integer> .
            """;

        var dataset = NQuads.Parse(text);

        Assert.Equal(
            [
                new Quad(RdfTerm.Iri("http://example.com/s"), RdfTerm.Iri("http://example.com/p"), RdfTerm.Iri("http://example.com/o"), RdfTerm.DefaultGraph),
                new Quad(RdfTerm.BlankNode("b0"), RdfTerm.Iri("http://example.com/p"), RdfTerm.Literal("plain"), RdfTerm.Iri("http://example.com/g")),
                new Quad(RdfTerm.BlankNode("b0"), RdfTerm.Iri("http://example.com/p"), RdfTerm.Literal("hello", language: "en-GB"), RdfTerm.BlankNode("g")),
                new Quad(RdfTerm.BlankNode("b0"), RdfTerm.Iri("http://example.com/p"), RdfTerm.Literal("5", "http://www.w3.org/2001/XMLSchema#integer"), RdfTerm.DefaultGraph),
            ],
            dataset.Quads);
    }

    [Fact]
    public void Parse_accepts_comments_blank_lines_tabs_crlf_and_no_final_line_break()
    {
        const string text = "# heading\r\n\r\n\t<urn:a:s>\t<urn:a:p>   <urn:a:o>\t. # trailing comment\r\n\n_:x <urn:a:p> _:y.";

        var dataset = NQuads.Parse(text);

        Assert.Equal(2, dataset.Count);
        Assert.Equal(RdfTerm.BlankNode("x"), dataset.Quads[1].Subject);
        Assert.Equal(RdfTerm.BlankNode("y"), dataset.Quads[1].Object);
    }

    [Fact]
    public void Parse_treats_terms_without_separating_white_space_as_the_grammar_does()
    {
        var dataset = NQuads.Parse("<urn:a:s><urn:a:p>\"v\"@en<urn:a:g>.");

        Assert.Equal(new Quad(RdfTerm.Iri("urn:a:s"), RdfTerm.Iri("urn:a:p"), RdfTerm.Literal("v", language: "en"), RdfTerm.Iri("urn:a:g")), dataset.Quads[0]);
    }

    [Fact]
    public void Parse_keeps_a_duplicate_quad_once()
    {
        var dataset = NQuads.Parse("<urn:a:s> <urn:a:p> \"v\" .\n<urn:a:s> <urn:a:p> \"v\" .\n<urn:a:s> <urn:a:p> \"v\"^^<http://www.w3.org/2001/XMLSchema#string> .\n");

        Assert.Equal(1, dataset.Count);
    }

    [Fact]
    public void Parse_allows_dots_inside_blank_node_labels_but_not_at_their_end()
    {
        var dataset = NQuads.Parse("_:a.b.c <urn:a:p> _:d.e.\n");

        Assert.Equal("a.b.c", dataset.Quads[0].Subject.Value);
        Assert.Equal("d.e", dataset.Quads[0].Object.Value);
    }

    [Fact]
    public void Parse_decodes_every_string_escape()
    {
        var dataset = NQuads.Parse("<urn:a:s> <urn:a:p> \"\\t\\b\\n\\r\\f\\\"\\'\\\\\\u00E9\\U0001F303\" .");

        Assert.Equal("\t\b\n\r\f\"'\\é\U0001F303", dataset.Quads[0].Object.Value);
    }

    [Fact]
    public void Parse_decodes_unicode_escapes_in_iris()
    {
        var dataset = NQuads.Parse("<urn:ex:\\u0065\\u221E\\U0001F303> <urn:a:p> <urn:a:o> .");

        Assert.Equal("urn:ex:e∞\U0001F303", dataset.Quads[0].Subject.Value);
    }

    [Fact]
    public void Parse_accepts_non_ascii_characters_written_directly()
    {
        var dataset = NQuads.Parse("_:été\U0001F303 <urn:ex:∞> \"日本語 \U0001F303\"@ja .");

        Assert.Equal("été\U0001F303", dataset.Quads[0].Subject.Value);
        Assert.Equal("urn:ex:∞", dataset.Quads[0].Predicate.Value);
        Assert.Equal("日本語 \U0001F303", dataset.Quads[0].Object.Value);
    }

    public static TheoryData<string, string, int, int> SyntaxErrors => new()
    {
        // Subject position holds a literal.
        { "\"s\" <urn:a:p> <urn:a:o> .", RdfcErrorCodes.UnexpectedToken, 1, 1 },
        // Predicate is a blank node.
        { "<urn:a:s> _:p <urn:a:o> .", RdfcErrorCodes.UnexpectedToken, 1, 11 },
        // Object is missing.
        { "<urn:a:s> <urn:a:p> .", RdfcErrorCodes.UnexpectedToken, 1, 21 },
        // Graph label is a literal.
        { "<urn:a:s> <urn:a:p> <urn:a:o> \"g\" .", RdfcErrorCodes.UnexpectedToken, 1, 31 },
        // No dot before the end of the line (second line).
        { "<urn:a:s> <urn:a:p> <urn:a:o> .\n<urn:a:s> <urn:a:p> <urn:a:o>\n", RdfcErrorCodes.MissingDot, 2, 30 },
        // No dot before the end of the input.
        { "<urn:a:s> <urn:a:p> <urn:a:o>", RdfcErrorCodes.MissingDot, 1, 30 },
        // A second statement on the same line.
        { "<urn:a:s> <urn:a:p> <urn:a:o> . <urn:a:s> <urn:a:p> <urn:a:o> .", RdfcErrorCodes.UnexpectedToken, 1, 33 },
        // Relative IRI.
        { "<s> <urn:a:p> <urn:a:o> .", RdfcErrorCodes.RelativeIri, 1, 1 },
        // Space inside an IRI.
        { "<urn:a:s s> <urn:a:p> <urn:a:o> .", RdfcErrorCodes.InvalidIri, 1, 9 },
        // Curly brace inside an IRI.
        { "<urn:a:{s}> <urn:a:p> <urn:a:o> .", RdfcErrorCodes.InvalidIri, 1, 8 },
        // IRI not closed on its line (CR LF counts as one line break).
        { "<urn:a:s> <urn:a:p> <urn:a:o> .\r\n<urn:a:s <urn:a:p> <urn:a:o> .", RdfcErrorCodes.InvalidIri, 2, 9 },
        // ECHAR is not allowed in IRIs.
        { "<urn:a:\\n> <urn:a:p> <urn:a:o> .", RdfcErrorCodes.InvalidEscape, 1, 8 },
        // A UCHAR that gives a space is still a space.
        { "<urn:a:\\u0020> <urn:a:p> <urn:a:o> .", RdfcErrorCodes.InvalidIri, 1, 8 },
        // Bad hex digits in a UCHAR.
        { "<urn:a:s> <urn:a:p> \"\\u00ZZ\" .", RdfcErrorCodes.InvalidEscape, 1, 22 },
        // Truncated long UCHAR.
        { "<urn:a:s> <urn:a:p> \"\\U0001F3\" .", RdfcErrorCodes.InvalidEscape, 1, 22 },
        // UCHAR naming a surrogate.
        { "<urn:a:s> <urn:a:p> \"\\uD800\" .", RdfcErrorCodes.InvalidEscape, 1, 22 },
        // UCHAR beyond U+10FFFF.
        { "<urn:a:s> <urn:a:p> \"\\U00110000\" .", RdfcErrorCodes.InvalidEscape, 1, 22 },
        // Unknown ECHAR.
        { "<urn:a:s> <urn:a:p> \"\\a\" .", RdfcErrorCodes.InvalidEscape, 1, 22 },
        // String not closed on its line.
        { "<urn:a:s> <urn:a:p> \"open\n\" .", RdfcErrorCodes.UnterminatedLiteral, 1, 21 },
        // String not closed at all.
        { "<urn:a:s> <urn:a:p> \"open", RdfcErrorCodes.UnterminatedLiteral, 1, 21 },
        // Language tag with a digit first.
        { "<urn:a:s> <urn:a:p> \"v\"@1en .", RdfcErrorCodes.InvalidLanguageTag, 1, 25 },
        // Language tag with an empty subtag.
        { "<urn:a:s> <urn:a:p> \"v\"@en- .", RdfcErrorCodes.InvalidLanguageTag, 1, 28 },
        // Single caret before a datatype.
        { "<urn:a:s> <urn:a:p> \"v\"^<urn:a:d> .", RdfcErrorCodes.UnexpectedToken, 1, 24 },
        // Datatype that is not an IRI.
        { "<urn:a:s> <urn:a:p> \"v\"^^_:d .", RdfcErrorCodes.UnexpectedToken, 1, 26 },
        // Blank node without the colon.
        { "_a <urn:a:p> <urn:a:o> .", RdfcErrorCodes.InvalidBlankNode, 1, 1 },
        // Blank node label starting with '-'.
        { "_:-a <urn:a:p> <urn:a:o> .", RdfcErrorCodes.InvalidBlankNode, 1, 3 },
    };

    [Theory]
    [MemberData(nameof(SyntaxErrors))]
    public void TryParse_reports_the_code_line_and_column_of_the_first_syntax_error(string text, string code, int line, int column)
    {
        var parsed = NQuads.TryParse(text, out var dataset, out var error);

        Assert.False(parsed);
        Assert.Null(dataset);
        Assert.Equal((code, line, column), (error!.Code, error.Line, error.Column));
    }

    [Fact]
    public void TryParse_reports_a_lone_surrogate_as_an_invalid_character()
    {
        // Kept out of the theory: a lone surrogate does not survive theory data serialization.
        var text = "<urn:a:s> <urn:a:p> \"ok\" .\n<urn:a:s> <urn:a:p> \"\uD800\" .";

        var parsed = NQuads.TryParse(text, out _, out var error);

        Assert.False(parsed);
        Assert.Equal((RdfcErrorCodes.InvalidCharacter, 2, 22), (error!.Code, error.Line, error.Column));
    }

    [Fact]
    public void Parse_throws_a_JsonLdException_with_the_syntax_error_code()
    {
        var exception = Assert.Throws<JsonLdException>(() => NQuads.Parse("<s> <urn:a:p> <urn:a:o> ."));

        Assert.Equal(RdfcErrorCodes.RelativeIri, exception.Code);
    }

    [Fact]
    public void Serialize_writes_canonical_escapes_in_literals()
    {
        var quad = new Quad(RdfTerm.Iri("urn:a:s"), RdfTerm.Iri("urn:a:p"), RdfTerm.Literal("\u0000\b\t\n\u000B\f\r\u001F\"\\\u007F'é\U0001F303"), RdfTerm.DefaultGraph);

        var line = NQuads.Serialize(quad);

        Assert.Equal("<urn:a:s> <urn:a:p> \"\\u0000\\b\\t\\n\\u000B\\f\\r\\u001F\\\"\\\\\\u007F'é\U0001F303\" .\n", line);
    }

    [Fact]
    public void Serialize_leaves_xsd_string_implicit_and_writes_language_and_datatype()
    {
        var dataset = new RdfDataset(
        [
            new Quad(RdfTerm.BlankNode("b0"), RdfTerm.Iri("urn:a:p"), RdfTerm.Literal("a", RdfTerm.XsdString), RdfTerm.DefaultGraph),
            new Quad(RdfTerm.BlankNode("b0"), RdfTerm.Iri("urn:a:p"), RdfTerm.Literal("b", language: "en-US"), RdfTerm.BlankNode("g")),
            new Quad(RdfTerm.BlankNode("b0"), RdfTerm.Iri("urn:a:p"), RdfTerm.Literal("1", "urn:a:int"), RdfTerm.Iri("urn:a:g")),
        ]);

        var text = NQuads.Serialize(dataset);

        Assert.Equal(
            "_:b0 <urn:a:p> \"a\" .\n_:b0 <urn:a:p> \"b\"@en-US _:g .\n_:b0 <urn:a:p> \"1\"^^<urn:a:int> <urn:a:g> .\n",
            text);
    }

    [Fact]
    public void Serialize_refuses_a_literal_as_graph_name()
    {
        var quad = new Quad(RdfTerm.Iri("urn:a:s"), RdfTerm.Iri("urn:a:p"), RdfTerm.Iri("urn:a:o"), RdfTerm.Literal("g"));

        Assert.Throws<ArgumentException>(() => NQuads.Serialize(quad));
    }

    [Theory]
    // Every ECHAR and the characters canonical form writes as UCHAR.
    [InlineData("<urn:a:s> <urn:a:p> \"\\t\\b\\n\\r\\f\\\"\\\\\\u0000\\u001F\\u007F\" .\n")]
    // Non-ASCII characters stay raw, in IRIs, labels and literals.
    [InlineData("_:été <urn:ex:∞> \"日本語\U0001F303\"@ja <urn:ex:\U0001F303> .\n")]
    // Typed literal in a named graph labelled by a blank node.
    [InlineData("<urn:a:s> <urn:a:p> \"1\"^^<urn:a:int> _:g .\n")]
    public void Canonical_text_survives_a_parse_and_serialize_round_trip(string canonical)
    {
        var text = NQuads.Serialize(NQuads.Parse(canonical));

        Assert.Equal(canonical, text);
    }

    [Fact]
    public void Escaped_input_serializes_to_the_canonical_form()
    {
        var text = NQuads.Serialize(NQuads.Parse("<urn:ex:\\u0065x> <urn:a:p> \"\\u0022\\u005c\\u221e\\u000b\\u0009\\'\" ."));

        Assert.Equal("<urn:ex:ex> <urn:a:p> \"\\\"\\\\∞\\u000B\\t'\" .\n", text);
    }

    [Fact]
    public void A_huge_literal_round_trips()
    {
        var value = new string('x', 4_000_000) + "\n\"" + new string('é', 1_000_000);
        var quad = new Quad(RdfTerm.Iri("urn:a:s"), RdfTerm.Iri("urn:a:p"), RdfTerm.Literal(value), RdfTerm.DefaultGraph);

        var parsed = NQuads.Parse(NQuads.Serialize(quad));

        Assert.Equal(value, parsed.Quads[0].Object.Value);
    }
}
