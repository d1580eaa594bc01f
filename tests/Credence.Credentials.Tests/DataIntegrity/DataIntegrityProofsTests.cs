using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Credence.Credentials.DataIntegrity;
using Credence.Credentials.Dids;
using Credence.Credentials.Fetching;
using Credence.Credentials.Keys;
using Credence.Credentials.Verification;
using Credence.JsonLd;

namespace Credence.Credentials.Tests.DataIntegrity;

public sealed class DataIntegrityProofsTests
{
    private static readonly DateTimeOffset _created = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_credential_signed_with_a_did_key_verifies_offline()
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var signed = await Sign(key, DidKey.Create(key));

        var checks = await Verify(signed.Text);

        Assert.All(checks, c => Assert.Equal(CheckStatus.Passed, c.Status));
        Assert.Contains(checks, c => c.Code == VerificationCodes.Ob3Proof);
    }

    [Fact]
    public async Task A_tampered_credential_fails_with_proof_verification_error()
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var signed = JsonNode.Parse((await Sign(key, DidKey.Create(key))).Text)!;
        signed["name"] = "Master Welder";

        var checks = await Verify(signed.ToJsonString());

        Assert.Contains(checks, c => c is { Code: VerificationCodes.ProofVerificationError, Status: CheckStatus.Failed });
    }

    [Fact]
    public async Task A_second_proof_joins_the_proof_set_and_both_verify()
    {
        using var first = CredentialKey.Generate(KeyType.Ed25519);
        using var second = CredentialKey.Generate(KeyType.Ed25519);
        var once = await Sign(first, DidKey.Create(first));

        var twice = await DataIntegrityProofs.AddProofAsync(once.Text, second, new ProofOptions { VerificationMethod = DidKey.VerificationMethodId(second), Created = _created }, cancellationToken: TestContext.Current.CancellationToken);
        var checks = await Verify(twice.Text);

        Assert.Equal(2, checks.Count(c => c is { Code: VerificationCodes.Ob3Proof, Status: CheckStatus.Passed }));
    }

    [Fact]
    public async Task A_verification_method_of_someone_other_than_the_issuer_fails_the_issuer_binding()
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var signed = await Sign(key, "https://credence.example.edu/issuers/north");

        var checks = await Verify(signed.Text);

        Assert.Contains(checks, c => c is { Code: VerificationCodes.Ob3IssuerKey, Status: CheckStatus.Failed });
    }

    [Theory]
    [InlineData("proofValue", "not-multibase", VerificationCodes.MalformedProofError)] // not base58btc
    [InlineData("proofValue", "zGMkH3brNXiNNs1tiFZHu4yZSRrzJwxi5wB9bHFtMinfCXNnR1adh8Vo8NTheK4evneedH4qmvjeqcBBNAefgS", VerificationCodes.MalformedProofError)] // 63 bytes
    [InlineData("proofPurpose", "authentication", VerificationCodes.MismatchedProofPurposeError)] // wrong purpose
    [InlineData("verificationMethod", "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2", VerificationCodes.ProofVerificationError)] // points at another key
    [InlineData("verificationMethod", "did:key:zBAD0#zBAD0", VerificationCodes.KeyInvalidMultibase)] // a verification method with a bad multibase
    public async Task Hostile_proofs_fail_with_a_data_integrity_code(string member, string value, string code)
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var signed = JsonNode.Parse((await Sign(key, DidKey.Create(key))).Text)!;
        signed["proof"]![member] = value;

        var checks = await Verify(signed.ToJsonString());

        Assert.Contains(checks, c => c.Code == code && c.Status == CheckStatus.Failed);
    }

    [Fact]
    public async Task A_credential_with_an_undefined_term_fails_the_transformation_in_safe_mode()
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var signed = JsonNode.Parse((await Sign(key, DidKey.Create(key))).Text)!;
        signed["undefinedTerm"] = "dropped by JSON-LD, so it would not be signed";

        var checks = await Verify(signed.ToJsonString());

        Assert.Contains(checks, c => c is { Code: VerificationCodes.ProofTransformationError, Status: CheckStatus.Failed });
    }

    [Fact]
    public async Task Signing_a_credential_with_an_undefined_term_is_refused()
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var credential = JsonNode.Parse(Samples.OpenBadgeCredential)!;
        credential["undefinedTerm"] = 1;

        await Assert.ThrowsAsync<JsonLdException>(() => DataIntegrityProofs.AddProofAsync(credential.ToJsonString(), key, new ProofOptions { VerificationMethod = DidKey.VerificationMethodId(key) }, cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_unsupported_cryptosuite_is_not_checked()
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var signed = JsonNode.Parse((await Sign(key, DidKey.Create(key))).Text)!;
        signed["proof"]!["cryptosuite"] = "bbs-2023";

        var checks = await Verify(signed.ToJsonString());

        Assert.Equal((VerificationCodes.Ob3Proof, CheckStatus.NotChecked), (checks[0].Code, checks[0].Status));
    }

    [Fact]
    public async Task The_1edtech_vector_verifies_with_the_issuer_profile_listing_its_key()
    {
        using var signed = JsonDocument.Parse(Fixture.Text("ob3-test-vector/signed-credential.json"));
        var fetcher = ControllerDocuments(("https://example.edu/issuers/565049", "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"));

        var checks = await DataIntegrityProofs.VerifyAsync(signed.RootElement, new DataIntegrityOptions { Fetcher = fetcher }, TestContext.Current.CancellationToken);

        Assert.All(checks, c => Assert.Equal(CheckStatus.Passed, c.Status));
    }

    [Fact]
    public async Task An_https_verification_method_is_not_checked_when_offline()
    {
        using var signed = JsonDocument.Parse(Fixture.Text("ob3-test-vector/signed-credential.json"));

        var checks = await DataIntegrityProofs.VerifyAsync(signed.RootElement, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((VerificationCodes.FetchOffline, CheckStatus.NotChecked), (checks[^1].Code, checks[^1].Status));
    }

    [Theory]
    [InlineData("simple.json", "https://example.com/issuers/876543")] // eddsa-rdfc-2022
    [InlineData("simple-eddsa-2022.json", "https://example.com/issuers/876543")] // the earlier cryptosuite name
    [InlineData("simple-did-key-method.json", null)] // did:key, offline
    public async Task The_1edtech_signed_fixtures_verify(string fixture, string? controller)
    {
        using var signed = JsonDocument.Parse(Fixture.Text("1edtech-validator/ob3/" + fixture));
        IDocumentFetcher? fetcher = controller is null ? null : ControllerDocuments((controller, "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"));

        var checks = await DataIntegrityProofs.VerifyAsync(signed.RootElement, new DataIntegrityOptions { Fetcher = fetcher }, TestContext.Current.CancellationToken);

        Assert.Contains(checks, c => c is { Code: VerificationCodes.Ob3Proof, Status: CheckStatus.Passed });
        Assert.DoesNotContain(checks, c => c.Status == CheckStatus.Failed && c.Code != VerificationCodes.Ob3IssuerKey);
    }

    [Fact]
    public async Task The_1edtech_bad_proof_value_fixture_fails_verification()
    {
        using var signed = JsonDocument.Parse(Fixture.Text("1edtech-validator/ob3/simple-err-proof-value.json"));
        var fetcher = ControllerDocuments(("https://example.com/issuers/876543", "z6MkrvfzkMnvCroEUP2DVc9SHPE48CRsvHiVSusHioxTYu1x"));

        var checks = await DataIntegrityProofs.VerifyAsync(signed.RootElement, new DataIntegrityOptions { Fetcher = fetcher }, TestContext.Current.CancellationToken);

        Assert.Contains(checks, c => c is { Code: VerificationCodes.ProofVerificationError, Status: CheckStatus.Failed });
    }

    internal static StaticDocumentFetcher ControllerDocuments(params (string Controller, string Multibase)[] controllers) =>
        new(controllers.Select(c => ControllerDocument(c.Controller, c.Multibase)));

    internal static KeyValuePair<string, byte[]> ControllerDocument(string controller, string multibase)
    {
        var id = controller + "#" + multibase;
        var document = new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"),
            ["id"] = controller,
            ["verificationMethod"] = new JsonArray(new JsonObject { ["id"] = id, ["type"] = "Multikey", ["controller"] = controller, ["publicKeyMultibase"] = multibase }),
            ["assertionMethod"] = new JsonArray(id),
        };
        return new KeyValuePair<string, byte[]>(controller, Encoding.UTF8.GetBytes(document.ToJsonString()));
    }

    private static async Task<Credence.Credentials.Documents.SignedCredential> Sign(CredentialKey key, string issuer)
    {
        var credential = JsonNode.Parse(Samples.OpenBadgeCredential)!;
        credential["issuer"]!["id"] = issuer;
        return await DataIntegrityProofs.AddProofAsync(credential.ToJsonString(), key, new ProofOptions { VerificationMethod = DidKey.VerificationMethodId(key), Created = _created }, cancellationToken: TestContext.Current.CancellationToken);
    }

    private static async Task<IReadOnlyList<Check>> Verify(string json)
    {
        using var document = JsonDocument.Parse(json);
        return await DataIntegrityProofs.VerifyAsync(document.RootElement, cancellationToken: TestContext.Current.CancellationToken);
    }
}
