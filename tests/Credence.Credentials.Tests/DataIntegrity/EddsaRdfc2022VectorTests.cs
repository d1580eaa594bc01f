using System.Text.Json;
using Credence.Credentials.Contexts;
using Credence.Credentials.DataIntegrity;
using Credence.Credentials.Keys;
using Credence.Credentials.Verification;
using Credence.JsonLd;

namespace Credence.Credentials.Tests.DataIntegrity;

/// <summary>The published eddsa-rdfc-2022 test vectors, reproduced byte for byte: canonical N-Quads, hashes and <c>proofValue</c>.</summary>
public sealed class EddsaRdfc2022VectorTests
{
    public static TheoryData<string> OneEdTechVectors() => new("ob3-test-vector", "clr2-test-vector");

    [Theory]
    [MemberData(nameof(OneEdTechVectors))]
    public async Task The_1edtech_vector_is_reproduced_through_the_shared_loader_and_its_proof_configuration_templates(string vector)
    {
        using var pair = JsonDocument.Parse(Fixture.Text(vector + "/key-pair.json"));
        using var hashes = JsonDocument.Parse(Fixture.Text(vector + "/hashes.json"));
        using var proofOptions = JsonDocument.Parse(Fixture.Text(vector + "/proof-options.json"));
        using var unsigned = JsonDocument.Parse(Fixture.Text(vector + "/unsigned-credential.json"));
        Multikey.TryDecodeSecretKey(pair.RootElement.GetProperty("secretKeyMultibase").GetString(), out var key, out _);
        var options = new ProofOptions
        {
            VerificationMethod = proofOptions.RootElement.GetProperty("verificationMethod").GetString()!,
            Created = proofOptions.RootElement.GetProperty("created").GetDateTimeOffset(),
        };

        // Twice: the first run works the template out, the second fills it in.
        var (_, first) = await AddProof.AddAsync(unsigned.RootElement, key!, options, BundledContexts.SharedLoader, TestContext.Current.CancellationToken);
        var (_, second) = await AddProof.AddAsync(unsigned.RootElement, key!, options, BundledContexts.SharedLoader, TestContext.Current.CancellationToken);

        Assert.All([first, second], stages =>
        {
            Assert.Equal(Fixture.Text(vector + "/document-canon.nq"), stages.TransformedDocument);
            Assert.Equal(Fixture.Text(vector + "/proof-canon.nq"), stages.CanonicalProofConfig);
            Assert.Equal(hashes.RootElement.GetProperty("proofValue").GetString(), stages.ProofValue);
        });
    }

    [Theory]
    [MemberData(nameof(OneEdTechVectors))]
    public async Task The_1edtech_vector_is_reproduced_stage_by_stage(string vector)
    {
        using var pair = JsonDocument.Parse(Fixture.Text(vector + "/key-pair.json"));
        using var hashes = JsonDocument.Parse(Fixture.Text(vector + "/hashes.json"));
        using var proofOptions = JsonDocument.Parse(Fixture.Text(vector + "/proof-options.json"));
        using var unsigned = JsonDocument.Parse(Fixture.Text(vector + "/unsigned-credential.json"));
        Multikey.TryDecodeSecretKey(pair.RootElement.GetProperty("secretKeyMultibase").GetString(), out var key, out _);
        var options = new ProofOptions
        {
            VerificationMethod = proofOptions.RootElement.GetProperty("verificationMethod").GetString()!,
            Created = proofOptions.RootElement.GetProperty("created").GetDateTimeOffset(),
        };

        var (signed, stages) = await AddProof.AddAsync(unsigned.RootElement, key!, options, BundledContexts.CreateDocumentLoader(), TestContext.Current.CancellationToken);

        Assert.Equal(Fixture.Text(vector + "/document-canon.nq"), stages.TransformedDocument);
        Assert.Equal(Fixture.Text(vector + "/proof-canon.nq"), stages.CanonicalProofConfig);
        Assert.Equal(hashes.RootElement.GetProperty("dataToSignHex").GetString(), Convert.ToHexStringLower(stages.HashData));
        Assert.Equal(hashes.RootElement.GetProperty("proofValue").GetString(), stages.ProofValue);
        using var expected = JsonDocument.Parse(Fixture.Text(vector + "/signed-credential.json"));
        using var actual = JsonDocument.Parse(signed);
        var expectedProof = expected.RootElement.GetProperty("proof");
        Assert.True(JsonElement.DeepEquals(expectedProof.ValueKind == JsonValueKind.Array ? expectedProof[0] : expectedProof, actual.RootElement.GetProperty("proof")), signed);
    }

    [Fact]
    public async Task The_w3c_vc_di_eddsa_vector_is_reproduced_stage_by_stage()
    {
        using var pair = JsonDocument.Parse(Fixture.Text("vc-di-eddsa/keyPair.json"));
        using var config = JsonDocument.Parse(Fixture.Text("vc-di-eddsa/eddsa-rdfc-2022/proofConfigDataInt.json"));
        using var unsigned = JsonDocument.Parse(Fixture.Text("vc-di-eddsa/unsigned.json"));
        Multikey.TryDecodeSecretKey(pair.RootElement.GetProperty("privateKeyMultibase").GetString(), out var key, out _);
        var options = new ProofOptions
        {
            VerificationMethod = config.RootElement.GetProperty("verificationMethod").GetString()!,
            Created = config.RootElement.GetProperty("created").GetDateTimeOffset(),
        };

        var (_, stages) = await AddProof.AddAsync(unsigned.RootElement, key!, options, ExamplesLoader(), TestContext.Current.CancellationToken);

        Assert.Equal(Fixture.Text("vc-di-eddsa/eddsa-rdfc-2022/canonDocDataInt.txt"), stages.TransformedDocument);
        Assert.Equal(Fixture.Text("vc-di-eddsa/eddsa-rdfc-2022/proofCanonDataInt.txt"), stages.CanonicalProofConfig);
        Assert.Equal(Fixture.Text("vc-di-eddsa/eddsa-rdfc-2022/combinedHashDataInt.txt").Trim(), Convert.ToHexStringLower(stages.HashData));
        Assert.Equal(Fixture.Text("vc-di-eddsa/eddsa-rdfc-2022/sigBTC58DataInt.txt").Trim(), stages.ProofValue);
    }

    [Fact]
    public async Task The_w3c_signed_vector_verifies_offline_through_its_did_key()
    {
        using var signed = JsonDocument.Parse(Fixture.Text("vc-di-eddsa/eddsa-rdfc-2022/signedDataInt.json"));

        var checks = await DataIntegrityProofs.VerifyAsync(signed.RootElement, new DataIntegrityOptions { DocumentLoader = ExamplesLoader() }, TestContext.Current.CancellationToken);

        Assert.Contains(checks, c => c is { Code: VerificationCodes.Ob3Proof, Status: CheckStatus.Passed });
    }

    internal static StaticDocumentLoader ExamplesLoader()
    {
        var loader = BundledContexts.CreateDocumentLoader();
        loader.Add("https://www.w3.org/ns/credentials/examples/v2", Fixture.Text("vc-data-model/credentials-examples-v2.jsonld"));
        return loader;
    }
}
