using System.Text.Json;
using Credence.Credentials.Contexts;
using Credence.Credentials.Cryptosuites.EddsaRdfc2022;
using Credence.Credentials.DataIntegrity;
using Credence.JsonLd.Canonicalization;

namespace Credence.Credentials.Tests.DataIntegrity;

/// <summary>Proof configurations filled into a template give exactly what the full algorithm gives, and only proofs of the
/// one-node shape take that path.</summary>
public sealed class ProofConfigurationTemplatesTests
{
    private const string Context = """["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]""";
    private const string Method = "did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi";

    [Theory]
    [InlineData("2026-11-28T00:00:00Z", RdfcSortOrder.CodePoint)] // the form the signer writes
    [InlineData("2010-01-01T19:23:24.123456789Z", RdfcSortOrder.CodePoint)] // fractional seconds, nine digits
    [InlineData("2024-02-29T23:59:59+05:30", RdfcSortOrder.CodePoint)] // an offset instead of Z
    [InlineData("1999-12-31T23:59:58.987654321Z", RdfcSortOrder.CodePoint)] // the template's own placeholder date
    [InlineData("2026-11-28T00:00:00Z", RdfcSortOrder.Utf16CodeUnit)] // the JavaScript-compatible sort order has its own template
    [InlineData(null, RdfcSortOrder.CodePoint)] // no created at all
    public async Task A_filled_template_equals_the_full_algorithm(string? created, RdfcSortOrder sortOrder)
    {
        var ct = TestContext.Current.CancellationToken;
        using var proof = Proof(created is null ? string.Empty : $"\"created\": \"{created}\",");
        using var context = JsonDocument.Parse(Context);

        var templated = await ProofConfigurationTemplates.TryCanonicalizeAsync(proof.RootElement, context.RootElement, BundledContexts.SharedLoader, sortOrder, ct);
        var full = await Transformation.TransformAsync(ProofDocuments.ProofConfig(proof.RootElement, context.RootElement), BundledContexts.CreateDocumentLoader(), sortOrder, ct);

        Assert.NotNull(templated);
        Assert.Equal(full, templated);
        Assert.Contains(created ?? "eddsa-rdfc-2022", templated, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"created\": \"2026-11-28T00:00:00Z\", \"expires\": \"2027-01-01T00:00:00Z\",")] // a member outside the five
    [InlineData("\"id\": \"urn:uuid:1\",")] // an identified proof node is not the one-blank-node shape
    [InlineData("\"created\": \"2026-11-28\",")] // a date the template's pattern does not cover
    [InlineData("\"created\": \"２０２６-11-28T00:00:00Z\",")] // non-ASCII digits
    [InlineData("\"created\": 20261128,")] // not a string
    [InlineData("\"created\": \"2026-11-28T00:00:00Z\", \"created\": \"2026-11-29T00:00:00Z\",")] // a repeated member
    public async Task Proofs_outside_the_template_shape_take_the_full_algorithm(string members)
    {
        using var proof = Proof(members);
        using var context = JsonDocument.Parse(Context);

        var templated = await ProofConfigurationTemplates.TryCanonicalizeAsync(proof.RootElement, context.RootElement, BundledContexts.SharedLoader, RdfcSortOrder.CodePoint, TestContext.Current.CancellationToken);

        Assert.Null(templated);
    }

    [Fact]
    public async Task A_context_that_leaves_created_untyped_gets_no_template_and_the_full_algorithm()
    {
        // With only a vocabulary mapping, created is a plain string literal, not an xsd:dateTime one.
        using var proof = Proof("\"created\": \"2026-11-28T00:00:00Z\",");
        using var context = JsonDocument.Parse("""{"@vocab": "https://example.org/vocab#"}""");
        var ct = TestContext.Current.CancellationToken;

        var templated = await ProofConfigurationTemplates.TryCanonicalizeAsync(proof.RootElement, context.RootElement, BundledContexts.SharedLoader, RdfcSortOrder.CodePoint, ct);
        var viaStage = await ProofConfiguration.CanonicalizeAsync(proof.RootElement, context.RootElement, BundledContexts.SharedLoader, RdfcSortOrder.CodePoint, ct);

        Assert.Null(templated);
        Assert.Contains("<https://example.org/vocab#created> \"2026-11-28T00:00:00Z\" .", viaStage, StringComparison.Ordinal);
    }

    private static JsonDocument Proof(string members) => JsonDocument.Parse($$"""
        {"type": "DataIntegrityProof", {{members}} "verificationMethod": "{{Method}}", "cryptosuite": "eddsa-rdfc-2022", "proofPurpose": "assertionMethod", "proofValue": "z123"}
        """);
}
