using System.Globalization;
using System.Text;
using Credence.JsonLd.Canonicalization;
using Credence.JsonLd.Rdf;

namespace Credence.JsonLd.Tests.Canonicalization;

public sealed class RdfCanonicalizerTests
{
    private const string Knows = "<http://xmlns.com/foaf/0.1/knows>";

    [Fact]
    public void Canonicalize_labels_blank_nodes_c14n_and_sorts_the_lines()
    {
        var dataset = NQuads.Parse("""
            _:zed <urn:ex:name> "Zed" .
            _:al <urn:ex:name> "Al" .
            _:al <http://xmlns.com/foaf/0.1/knows> _:zed .
            """);

        var result = RdfCanonicalizer.Canonicalize(dataset);

        // Al's first degree hash (5b4d…) orders before Zed's (e34f…), so Al is c14n0.
        Assert.Equal(
            $"_:c14n0 {Knows} _:c14n1 .\n_:c14n0 <urn:ex:name> \"Al\" .\n_:c14n1 <urn:ex:name> \"Zed\" .\n",
            result.CanonicalNQuads);
        Assert.Equal(new Dictionary<string, string> { ["al"] = "c14n0", ["zed"] = "c14n1" }, result.IssuedIdentifiers);
    }

    [Fact]
    public void Canonicalize_gives_the_same_output_whatever_the_labels_and_quad_order()
    {
        var first = NQuads.Parse($"_:a {Knows} _:b .\n_:b {Knows} _:c .\n_:c {Knows} _:a .\n_:a <urn:ex:p> \"x\" _:g .\n");
        var second = NQuads.Parse($"_:n3 <urn:ex:p> \"x\" _:graph .\n_:n2 {Knows} _:n3 .\n_:n1 {Knows} _:n2 .\n_:n3 {Knows} _:n1 .\n");

        var one = RdfCanonicalizer.Canonicalize(first).CanonicalNQuads;
        var other = RdfCanonicalizer.Canonicalize(second).CanonicalNQuads;

        Assert.Equal(one, other);
        Assert.DoesNotContain("_:a", one, StringComparison.Ordinal);
    }

    [Fact]
    public void Canonicalize_orders_lines_by_code_point_not_by_UTF16_code_unit()
    {
        // U+FFFD sorts before U+1F303 by code point, but after its surrogate pair (D83C DF03) by UTF-16 code unit.
        var dataset = new RdfDataset(
        [
            new Quad(RdfTerm.Iri("urn:ex:s"), RdfTerm.Iri("urn:ex:p"), RdfTerm.Literal("\U0001F303"), RdfTerm.DefaultGraph),
            new Quad(RdfTerm.Iri("urn:ex:s"), RdfTerm.Iri("urn:ex:p"), RdfTerm.Literal("\uFFFD"), RdfTerm.DefaultGraph),
        ]);

        var result = RdfCanonicalizer.Canonicalize(dataset);

        Assert.Equal("<urn:ex:s> <urn:ex:p> \"\uFFFD\" .\n<urn:ex:s> <urn:ex:p> \"\U0001F303\" .\n", result.CanonicalNQuads);
    }

    [Fact]
    public void The_UTF16_code_unit_sort_order_reproduces_the_JavaScript_ordering_when_asked()
    {
        var dataset = new RdfDataset(
        [
            new Quad(RdfTerm.Iri("urn:ex:s"), RdfTerm.Iri("urn:ex:p"), RdfTerm.Literal("\uFFFD"), RdfTerm.DefaultGraph),
            new Quad(RdfTerm.Iri("urn:ex:s"), RdfTerm.Iri("urn:ex:p"), RdfTerm.Literal("\U0001F303"), RdfTerm.DefaultGraph),
            new Quad(RdfTerm.Iri("urn:ex:s"), RdfTerm.Iri("urn:ex:p"), RdfTerm.Literal("\u00E9"), RdfTerm.DefaultGraph),
        ]);

        var result = RdfCanonicalizer.Canonicalize(dataset, new RdfCanonicalizationOptions { SortOrder = RdfcSortOrder.Utf16CodeUnit });

        Assert.Equal(
            "<urn:ex:s> <urn:ex:p> \"\u00E9\" .\n<urn:ex:s> <urn:ex:p> \"\U0001F303\" .\n<urn:ex:s> <urn:ex:p> \"\uFFFD\" .\n",
            result.CanonicalNQuads);
    }

    [Fact]
    public void Canonicalize_uses_canonical_escapes_in_the_output()
    {
        var dataset = NQuads.Parse("_:x <urn:ex:p> \"tab\\u0009 bell\\u0007 quote\\\" del\\u007f\" .");

        var result = RdfCanonicalizer.Canonicalize(dataset);

        Assert.Equal("_:c14n0 <urn:ex:p> \"tab\\t bell\\u0007 quote\\\" del\\u007F\" .\n", result.CanonicalNQuads);
    }

    [Fact]
    public void Canonicalize_does_not_change_its_input()
    {
        var dataset = NQuads.Parse($"_:a {Knows} _:b .\n_:b {Knows} _:a .\n");
        var before = NQuads.Serialize(dataset);

        RdfCanonicalizer.Canonicalize(dataset);

        Assert.Equal(before, NQuads.Serialize(dataset));
    }

    [Fact]
    public void Sha384_and_sha256_can_label_the_same_dataset_differently()
    {
        // Two unconnected blank nodes: which one is c14n0 depends only on the order of their first degree hashes,
        // and for these two SHA-256 and SHA-384 order them differently.
        var dataset = NQuads.Parse("_:one <urn:ex:p> \"1\" .\n_:three <urn:ex:p> \"3\" .\n");

        var sha256 = RdfCanonicalizer.Canonicalize(dataset).IssuedIdentifiers;
        var sha384 = RdfCanonicalizer.Canonicalize(dataset, new RdfCanonicalizationOptions { HashAlgorithm = RdfcHashAlgorithm.Sha384 }).IssuedIdentifiers;

        Assert.Equal(("c14n0", "c14n1"), (sha256["one"], sha256["three"]));
        Assert.Equal(("c14n1", "c14n0"), (sha384["one"], sha384["three"]));
    }

    [Fact]
    public void A_dataset_without_blank_nodes_is_only_sorted()
    {
        var dataset = NQuads.Parse("<urn:ex:b> <urn:ex:p> <urn:ex:o> .\n<urn:ex:a> <urn:ex:p> <urn:ex:o> <urn:ex:g> .\n");

        var result = RdfCanonicalizer.Canonicalize(dataset, new RdfCanonicalizationOptions { WorkLimit = 0 });

        Assert.Equal("<urn:ex:a> <urn:ex:p> <urn:ex:o> <urn:ex:g> .\n<urn:ex:b> <urn:ex:p> <urn:ex:o> .\n", result.CanonicalNQuads);
        Assert.Empty(result.IssuedIdentifiers);
    }

    [Fact]
    public void A_work_limit_of_zero_still_canonicalizes_blank_nodes_that_differ_in_their_own_quads()
    {
        var dataset = NQuads.Parse("_:x <urn:ex:p> \"1\" .\n_:y <urn:ex:p> \"2\" .\n");

        var result = RdfCanonicalizer.Canonicalize(dataset, new RdfCanonicalizationOptions { WorkLimit = 0 });

        Assert.Equal(2, result.IssuedIdentifiers.Count);
    }

    [Fact]
    public void A_ring_of_look_alike_blank_nodes_needs_more_than_a_tiny_work_limit()
    {
        var dataset = Ring(3);

        var exception = Assert.Throws<JsonLdException>(() => RdfCanonicalizer.Canonicalize(dataset, new RdfCanonicalizationOptions { WorkLimit = 5 }));
        var result = RdfCanonicalizer.Canonicalize(dataset);

        Assert.Equal(RdfcErrorCodes.WorkLimitExceeded, exception.Code);
        Assert.Equal(3, result.IssuedIdentifiers.Count);
    }

    [Fact(Timeout = 10_000)]
    public async Task A_poison_clique_fails_with_the_work_limit_code_under_the_default_limit()
    {
        var dataset = Clique(12);

        var exception = await Assert.ThrowsAsync<JsonLdException>(
            () => Task.Run(() => RdfCanonicalizer.Canonicalize(dataset), TestContext.Current.CancellationToken));

        Assert.Equal(RdfcErrorCodes.WorkLimitExceeded, exception.Code);
    }

    [Fact(Timeout = 10_000)]
    public async Task A_wide_poison_clique_is_stopped_by_the_work_spent_hashing_its_neighbours()
    {
        // Each Hash N-Degree Quads call on this clique hashes 199 related blank nodes, so counting calls alone would not be enough.
        var dataset = Clique(200);

        var exception = await Assert.ThrowsAsync<JsonLdException>(
            () => Task.Run(() => RdfCanonicalizer.Canonicalize(dataset), TestContext.Current.CancellationToken));

        Assert.Equal(RdfcErrorCodes.WorkLimitExceeded, exception.Code);
    }

    [Fact(Timeout = 10_000)]
    public async Task Deep_recursion_fails_with_the_work_limit_code_instead_of_overflowing_the_stack()
    {
        // A long chain of look-alike blank nodes recurses once per node; a small stack makes the guard trip early.
        var dataset = Chain(20_000);
        JsonLdException? caught = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    RdfCanonicalizer.Canonicalize(dataset, new RdfCanonicalizationOptions { WorkLimit = int.MaxValue });
                }
                catch (JsonLdException e)
                {
                    caught = e;
                }
            },
            maxStackSize: 256 * 1024);

        thread.Start();
        await Task.Run(thread.Join, TestContext.Current.CancellationToken);

        Assert.Equal(RdfcErrorCodes.WorkLimitExceeded, caught?.Code);
    }

    [Fact]
    public void A_huge_literal_is_canonicalized()
    {
        var value = new string('x', 2_000_000) + "\"\n" + new string('é', 500_000);
        var dataset = new RdfDataset([new Quad(RdfTerm.BlankNode("big"), RdfTerm.Iri("urn:ex:p"), RdfTerm.Literal(value), RdfTerm.DefaultGraph)]);

        var result = RdfCanonicalizer.Canonicalize(dataset);

        Assert.Equal(value, NQuads.Parse(result.CanonicalNQuads).Quads[0].Object.Value);
    }

    [Fact]
    public void Canonicalize_rejects_misuse_with_argument_exceptions()
    {
        var blankPredicate = new RdfDataset([new Quad(RdfTerm.Iri("urn:ex:s"), RdfTerm.BlankNode("p"), RdfTerm.Iri("urn:ex:o"), RdfTerm.DefaultGraph)]);
        var literalGraph = new RdfDataset([new Quad(RdfTerm.Iri("urn:ex:s"), RdfTerm.Iri("urn:ex:p"), RdfTerm.Iri("urn:ex:o"), RdfTerm.Literal("g"))]);

        Assert.Throws<ArgumentNullException>(() => RdfCanonicalizer.Canonicalize(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => RdfCanonicalizer.Canonicalize(new RdfDataset(), new RdfCanonicalizationOptions { WorkLimit = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => RdfCanonicalizer.Canonicalize(new RdfDataset(), new RdfCanonicalizationOptions { HashAlgorithm = (RdfcHashAlgorithm)7 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => RdfCanonicalizer.Canonicalize(new RdfDataset(), new RdfCanonicalizationOptions { SortOrder = (RdfcSortOrder)7 }));
        Assert.Throws<ArgumentException>(() => RdfCanonicalizer.Canonicalize(blankPredicate));
        Assert.Throws<ArgumentException>(() => RdfCanonicalizer.Canonicalize(literalGraph));
    }

    private static RdfDataset Ring(int size)
    {
        var text = new StringBuilder();
        for (var i = 0; i < size; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"_:n{i} {Knows} _:n{(i + 1) % size} .\n");
        }

        return NQuads.Parse(text.ToString());
    }

    private static RdfDataset Clique(int size)
    {
        var text = new StringBuilder();
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j < size; j++)
            {
                if (i != j)
                {
                    text.Append(CultureInfo.InvariantCulture, $"_:n{i} {Knows} _:n{j} .\n");
                }
            }
        }

        return NQuads.Parse(text.ToString());
    }

    private static RdfDataset Chain(int size)
    {
        var quads = new List<Quad>(size * 2);
        for (var i = 0; i < size; i++)
        {
            quads.Add(new Quad(RdfTerm.BlankNode($"l{i}"), RdfTerm.Iri("urn:ex:first"), RdfTerm.Literal("x"), RdfTerm.DefaultGraph));
            quads.Add(new Quad(RdfTerm.BlankNode($"l{i}"), RdfTerm.Iri("urn:ex:rest"), i + 1 < size ? RdfTerm.BlankNode($"l{i + 1}") : RdfTerm.Iri("urn:ex:nil"), RdfTerm.DefaultGraph));
        }

        return new RdfDataset(quads);
    }
}
