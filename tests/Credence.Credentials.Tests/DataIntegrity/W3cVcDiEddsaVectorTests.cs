using System.Text.Json;
using System.Text.Json.Nodes;
using Credence.Credentials.DataIntegrity;
using Credence.Credentials.Dids;
using Credence.Credentials.Keys;
using Credence.Credentials.Verification;

namespace Credence.Credentials.Tests.DataIntegrity;

/// <summary>
/// The W3C vc-di-eddsa test vectors (Fixtures/vc-di-eddsa, verbatim) beyond the basic eddsa-rdfc-2022 one: eddsa-jcs-2022
/// reproduced stage by stage, and every signed vector — eddsa-rdfc-2022, eddsa-jcs-2022, Ed25519Signature2020, proof sets
/// and proof chains — verified offline through its did:key.
/// </summary>
public sealed class W3cVcDiEddsaVectorTests
{
    private const string EmploySkip = "The employ vector's context https://w3id.org/citizenship/v4rc1 is not in the conformance data set, so it cannot be canonicalized offline.";

    public static TheoryData<string, int> SignedVectors() => new()
    {
        { "eddsa-rdfc-2022/signedDataInt.json", 1 },
        { "eddsa-jcs-2022/signedJCS.json", 1 },
        { "Ed25519Signature2020/signedEdSig.json", 1 },
        { "proof-set-chain/signedProofSet1.json", 1 },
        { "proof-set-chain/signedProofSet2.json", 2 },
        { "proof-set-chain/signedProofChain1.json", 3 },
        { "proof-set-chain/signedProofChain2.json", 4 },
    };

    public static IEnumerable<TheoryDataRow<string, string>> RdfcStageVectors() =>
    [
        new("eddsa-rdfc-2022", "unsigned.json"),
        new TheoryDataRow<string, string>("eddsa-rdfc-2022/employ", "employmentAuth.json") { Skip = EmploySkip },
    ];

    [Theory]
    [MemberData(nameof(SignedVectors))]
    public async Task Every_proof_of_the_signed_vector_verifies(string vector, int proofs)
    {
        using var signed = JsonDocument.Parse(Fixture.Text("vc-di-eddsa/" + vector));

        var checks = await DataIntegrityProofs.VerifyAsync(signed.RootElement, new DataIntegrityOptions { DocumentLoader = EddsaRdfc2022VectorTests.ExamplesLoader() }, TestContext.Current.CancellationToken);

        var proofChecks = checks.Where(c => c.Code is VerificationCodes.Ob3Proof or VerificationCodes.ProofVerificationError or VerificationCodes.ProofTransformationError or VerificationCodes.MalformedProofError).ToList();
        Assert.Equal(proofs, proofChecks.Count);
        Assert.All(proofChecks, c => Assert.Equal(CheckStatus.Passed, c.Status));
    }

    [Theory]
    [MemberData(nameof(RdfcStageVectors))]
    public async Task The_eddsa_rdfc_2022_vector_is_reproduced_stage_by_stage(string folder, string unsignedFile)
    {
        using var pair = JsonDocument.Parse(Fixture.Text("vc-di-eddsa/keyPair.json"));
        using var config = JsonDocument.Parse(Fixture.Text($"vc-di-eddsa/{folder}/proofConfigDataInt.json"));
        using var unsigned = JsonDocument.Parse(Fixture.Text("vc-di-eddsa/" + unsignedFile));
        Multikey.TryDecodeSecretKey(pair.RootElement.GetProperty("privateKeyMultibase").GetString(), out var key, out _);

        var (_, stages) = await AddProof.AddAsync(unsigned.RootElement, key!, Options(config.RootElement, CryptosuiteNames.EddsaRdfc2022), EddsaRdfc2022VectorTests.ExamplesLoader(), TestContext.Current.CancellationToken);

        Assert.Equal(Fixture.Text($"vc-di-eddsa/{folder}/canonDocDataInt.txt"), stages.TransformedDocument);
        Assert.Equal(Fixture.Text($"vc-di-eddsa/{folder}/proofCanonDataInt.txt"), stages.CanonicalProofConfig);
        Assert.Equal(Fixture.Text($"vc-di-eddsa/{folder}/sigBTC58DataInt.txt").Trim(), stages.ProofValue);
    }

    [Fact]
    public async Task The_eddsa_jcs_2022_vector_is_reproduced_stage_by_stage()
    {
        using var pair = JsonDocument.Parse(Fixture.Text("vc-di-eddsa/keyPair.json"));
        using var config = JsonDocument.Parse(Fixture.Text("vc-di-eddsa/eddsa-jcs-2022/proofConfigJCS.json"));
        using var unsigned = JsonDocument.Parse(Fixture.Text("vc-di-eddsa/unsigned.json"));
        using var expected = JsonDocument.Parse(Fixture.Text("vc-di-eddsa/eddsa-jcs-2022/signedJCS.json"));
        Multikey.TryDecodeSecretKey(pair.RootElement.GetProperty("privateKeyMultibase").GetString(), out var key, out _);

        var (signed, stages) = await AddProof.AddAsync(unsigned.RootElement, key!, Options(config.RootElement, CryptosuiteNames.EddsaJcs2022), EddsaRdfc2022VectorTests.ExamplesLoader(), TestContext.Current.CancellationToken);

        Assert.Equal(Fixture.Text("vc-di-eddsa/eddsa-jcs-2022/canonDocJCS.txt"), stages.TransformedDocument);
        Assert.Equal(Fixture.Text("vc-di-eddsa/eddsa-jcs-2022/proofCanonJCS.txt"), stages.CanonicalProofConfig);
        Assert.Equal(Fixture.Text("vc-di-eddsa/eddsa-jcs-2022/combinedHashJCS.txt").Trim(), Convert.ToHexStringLower(stages.HashData));
        Assert.Equal(Fixture.Text("vc-di-eddsa/eddsa-jcs-2022/sigBTC58JCS.txt").Trim(), stages.ProofValue);
        using var actual = JsonDocument.Parse(signed);
        Assert.True(JsonElement.DeepEquals(expected.RootElement.GetProperty("proof"), actual.RootElement.GetProperty("proof")), signed);
    }

    [Fact]
    public async Task An_eddsa_jcs_2022_credential_signed_here_verifies_and_fails_once_changed()
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var credential = JsonNode.Parse(Samples.OpenBadgeCredential)!;
        credential["issuer"]!["id"] = DidKey.Create(key);
        var options = new ProofOptions { VerificationMethod = DidKey.VerificationMethodId(key), Created = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), Cryptosuite = CryptosuiteNames.EddsaJcs2022 };
        var ct = TestContext.Current.CancellationToken;
        var signed = await DataIntegrityProofs.AddProofAsync(credential.ToJsonString(), key, options, cancellationToken: ct);
        var changed = JsonNode.Parse(signed.Text)!;
        changed["name"] = "Master Welder";

        using var original = JsonDocument.Parse(signed.Text);
        using var tampered = JsonDocument.Parse(changed.ToJsonString());
        var good = await DataIntegrityProofs.VerifyAsync(original.RootElement, cancellationToken: ct);
        var bad = await DataIntegrityProofs.VerifyAsync(tampered.RootElement, cancellationToken: ct);

        Assert.Equal(CryptosuiteNames.EddsaJcs2022, (string?)JsonNode.Parse(signed.Text)!["proof"]!["cryptosuite"]);
        Assert.Contains(good, c => c is { Code: VerificationCodes.Ob3Proof, Status: CheckStatus.Passed });
        Assert.Contains(bad, c => c is { Code: VerificationCodes.ProofVerificationError, Status: CheckStatus.Failed });
    }

    [Fact]
    public async Task An_eddsa_jcs_2022_proof_whose_context_does_not_begin_the_credentials_fails()
    {
        var signed = JsonNode.Parse(Fixture.Text("vc-di-eddsa/eddsa-jcs-2022/signedJCS.json"))!;
        signed["proof"]!["@context"] = new JsonArray("https://www.w3.org/ns/credentials/examples/v2");
        using var document = JsonDocument.Parse(signed.ToJsonString());

        var checks = await DataIntegrityProofs.VerifyAsync(document.RootElement, new DataIntegrityOptions { DocumentLoader = EddsaRdfc2022VectorTests.ExamplesLoader() }, TestContext.Current.CancellationToken);

        Assert.Contains(checks, c => c is { Code: VerificationCodes.ProofVerificationError, Status: CheckStatus.Failed, Path: "/proof/@context" });
    }

    [Fact]
    public async Task A_chained_proof_whose_previous_proof_is_missing_fails()
    {
        var signed = JsonNode.Parse(Fixture.Text("vc-di-eddsa/proof-set-chain/signedProofChain1.json"))!;
        signed["proof"]!.AsArray().RemoveAt(0);
        using var document = JsonDocument.Parse(signed.ToJsonString());

        var checks = await DataIntegrityProofs.VerifyAsync(document.RootElement, new DataIntegrityOptions { DocumentLoader = EddsaRdfc2022VectorTests.ExamplesLoader() }, TestContext.Current.CancellationToken);

        Assert.Contains(checks, c => c is { Code: VerificationCodes.ProofVerificationError, Status: CheckStatus.Failed, Path: "/proof/1/previousProof" });
    }

    private static ProofOptions Options(JsonElement config, string cryptosuite) => new()
    {
        VerificationMethod = config.GetProperty("verificationMethod").GetString()!,
        Created = config.GetProperty("created").GetDateTimeOffset(),
        Cryptosuite = cryptosuite,
    };
}
