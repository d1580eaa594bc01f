using System.Text.Json;
using System.Text.Json.Nodes;
using Credence.Credentials.Contexts;
using Credence.Credentials.Cryptosuites.EddsaRdfc2022;
using Credence.Credentials.DataIntegrity;
using Credence.Credentials.Dids;
using Credence.Credentials.Keys;
using Credence.Credentials.Verification;
using Credence.JsonLd.Canonicalization;

namespace Credence.Credentials.Tests.DataIntegrity;

/// <summary>
/// Proofs made by jsonld.js over values where its toRdf departs from the spec (INTEROP-NOTES.md: numbers typed by their
/// JavaScript string form, language tags lower-cased) fail the spec's canonicalization and pass the JavaScript-compatible
/// re-check, reported with <c>interop.jsonld-js-quirk</c>.
/// </summary>
public sealed class JavaScriptToRdfQuirkTests
{
    [Theory]
    [InlineData("/credentialSubject/achievement/creditsAvailable", "1e-7")] // "1e-7" has no point: jsonld.js writes the integer 0
    [InlineData("/credentialSubject/achievement/name", """{"@value": "Welding", "@language": "en-US"}""")] // jsonld.js lower-cases en-US
    public async Task A_proof_made_the_jsonld_js_way_passes_with_the_quirk_code(string path, string valueJson)
    {
        var ct = TestContext.Current.CancellationToken;
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var credential = Credential(key, path, valueJson);
        var specSigned = await DataIntegrityProofs.AddProofAsync(credential, key, Options(key), cancellationToken: ct);
        var jsSigned = await ResignTheJavaScriptWayAsync(specSigned.Text, key, ct);

        var spec = await VerifyAsync(specSigned.Text, ct);
        var javaScript = await VerifyAsync(jsSigned, ct);

        Assert.Contains(spec, c => c is { Code: VerificationCodes.Ob3Proof, Status: CheckStatus.Passed });
        Assert.Contains(javaScript, c => c is { Code: VerificationCodes.InteropJsonLdJsQuirk, Status: CheckStatus.Passed });
        Assert.DoesNotContain(javaScript, c => c.Code == VerificationCodes.Ob3Proof);
    }

    [Fact]
    public async Task A_proof_made_the_jsonld_js_way_over_a_changed_credential_still_fails()
    {
        var ct = TestContext.Current.CancellationToken;
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var credential = Credential(key, "/credentialSubject/achievement/creditsAvailable", "1e-7");
        var jsSigned = JsonNode.Parse(await ResignTheJavaScriptWayAsync((await DataIntegrityProofs.AddProofAsync(credential, key, Options(key), cancellationToken: ct)).Text, key, ct))!;
        jsSigned["name"] = "Master Welder";

        var checks = await VerifyAsync(jsSigned.ToJsonString(), ct);

        Assert.Contains(checks, c => c is { Code: VerificationCodes.ProofVerificationError, Status: CheckStatus.Failed });
    }

    private static string Credential(CredentialKey key, string path, string valueJson)
    {
        var credential = JsonNode.Parse(Samples.OpenBadgeCredential)!;
        credential["issuer"]!["id"] = DidKey.Create(key);
        var segments = path.Trim('/').Split('/');
        segments[..^1].Aggregate(credential, (node, segment) => node[segment]!)[segments[^1]] = JsonNode.Parse(valueJson);
        return credential.ToJsonString();
    }

    private static ProofOptions Options(CredentialKey key) =>
        new() { VerificationMethod = DidKey.VerificationMethodId(key), Created = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero) };

    // The same proof options, signed over the canonical forms jsonld.js and rdf-canonize produce.
    private static async Task<string> ResignTheJavaScriptWayAsync(string signed, CredentialKey key, CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(signed);
        var root = document.RootElement;
        var loader = BundledContexts.CreateDocumentLoader();
        var transformed = await Transformation.TransformAsync(ProofDocuments.Unsecured(root), loader, RdfcSortOrder.Utf16CodeUnit, javaScriptCompatible: true, cancellationToken);
        var proofConfig = await ProofConfiguration.CanonicalizeAsync(root.GetProperty("proof"), root.GetProperty("@context"), loader, RdfcSortOrder.Utf16CodeUnit, javaScriptCompatible: true, cancellationToken);
        var node = JsonNode.Parse(signed)!;
        node["proof"]!["proofValue"] = ProofSerialization.Serialize(Hashing.Hash(proofConfig, transformed), key);
        return node.ToJsonString();
    }

    private static async Task<IReadOnlyList<Check>> VerifyAsync(string credential, CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(credential);
        return await DataIntegrityProofs.VerifyAsync(document.RootElement, cancellationToken: cancellationToken);
    }
}
