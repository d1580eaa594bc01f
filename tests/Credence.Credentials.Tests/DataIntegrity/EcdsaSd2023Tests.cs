using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Credence.Credentials.DataIntegrity;
using Credence.Credentials.Fetching;
using Credence.Credentials.Verification;

namespace Credence.Credentials.Tests.DataIntegrity;

/// <summary>
/// ecdsa-sd-2023 derived proofs, on the 1EdTech validator's fixture: its verification method is a key in the issuer profile's
/// fragment, so the test hands over a controller document listing that key (offline, the proof is not checked at all).
/// </summary>
public sealed class EcdsaSd2023Tests
{
    private const string Fixture1EdTech = "1edtech-validator/ob3/sd/derivedcredential.json";
    private const string Issuer = "https://1edtech.edu/issuers/565049";

    [Fact]
    public async Task The_1edtech_derived_credential_verifies_with_its_issuers_controller_document()
    {
        using var credential = JsonDocument.Parse(Fixture.Text(Fixture1EdTech));

        var checks = await VerifyAsync(credential.RootElement);

        Assert.Contains(checks, c => c is { Code: VerificationCodes.Ob3Proof, Status: CheckStatus.Passed });
        Assert.Contains(checks, c => c is { Code: VerificationCodes.Ob3IssuerKey, Status: CheckStatus.Passed });
    }

    [Theory]
    [InlineData("/credentialSubject/achievement/name", "Leadership")] // a disclosed statement changed: its signature fails
    [InlineData("/validFrom", "2011-01-01T00:00:00Z")] // a mandatory statement changed: the base signature fails
    public async Task A_changed_derived_credential_fails(string path, string value)
    {
        var credential = JsonNode.Parse(Fixture.Text(Fixture1EdTech))!;
        var segments = path.Trim('/').Split('/');
        var parent = segments[..^1].Aggregate(credential, (node, segment) => node[segment]!);
        parent[segments[^1]] = value;
        using var changed = JsonDocument.Parse(credential.ToJsonString());

        var checks = await VerifyAsync(changed.RootElement);

        Assert.Contains(checks, c => c is { Code: VerificationCodes.ProofVerificationError, Status: CheckStatus.Failed });
    }

    [Theory]
    [InlineData("u2V0AhVhA")] // a base proof header (0xd95d00), which a holder never shows
    [InlineData("zabc")] // not base64url multibase
    [InlineData("u2V0BhQ")] // the derived header with a truncated CBOR array
    [InlineData("u2V0BhVr_____")] // a byte string claiming 4 GiB
    [InlineData("u2V0BhUBAm___________")] // an array claiming 2^64 - 1 signatures
    [InlineData("u2V0BhUBAgLv__________4A")] // a label map claiming 2^64 - 1 entries
    public async Task A_proof_value_that_is_not_a_derived_proof_is_malformed(string proofValue)
    {
        var credential = JsonNode.Parse(Fixture.Text(Fixture1EdTech))!;
        credential["proof"]![0]!["proofValue"] = proofValue;
        using var changed = JsonDocument.Parse(credential.ToJsonString());

        var checks = await VerifyAsync(changed.RootElement);

        Assert.Contains(checks, c => c is { Code: VerificationCodes.MalformedProofError, Status: CheckStatus.Failed });
    }

    [Fact]
    public async Task The_credential_verifier_verifies_the_1edtech_derived_credential_with_keys_supplied_and_cannot_check_it_offline()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
        using var credential = JsonDocument.Parse(Fixture.Text(Fixture1EdTech));
        var ct = TestContext.Current.CancellationToken;

        var supplied = await new CredentialVerifier(new VerifierOptions { TimeProvider = clock, Fetcher = ControllerFetcher(credential.RootElement) }).VerifyAsync(Fixture.Text(Fixture1EdTech), ct);
        var offline = await new CredentialVerifier(new VerifierOptions { TimeProvider = clock }).VerifyAsync(Fixture.Text(Fixture1EdTech), ct);

        Assert.True(supplied.IsVerified, string.Join("\n", supplied.Checks.Where(c => c.Status is not (CheckStatus.Passed or CheckStatus.Skipped))));
        Assert.False(offline.IsVerified);
        Assert.Contains(offline.Checks, c => c is { Code: VerificationCodes.FetchOffline, Status: CheckStatus.NotChecked });
    }

    private static Task<IReadOnlyList<Check>> VerifyAsync(JsonElement credential) =>
        DataIntegrityProofs.VerifyAsync(credential, new DataIntegrityOptions { Fetcher = ControllerFetcher(credential) }, TestContext.Current.CancellationToken);

    private static StaticDocumentFetcher ControllerFetcher(JsonElement credential)
    {
        var method = credential.GetProperty("proof")[0].GetProperty("verificationMethod").GetString()!;
        var controller = new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"),
            ["id"] = Issuer,
            ["verificationMethod"] = new JsonArray(new JsonObject { ["id"] = method, ["type"] = "Multikey", ["controller"] = Issuer, ["publicKeyMultibase"] = method[(method.IndexOf('#', StringComparison.Ordinal) + 1)..] }),
            ["assertionMethod"] = new JsonArray(method),
        };
        return new StaticDocumentFetcher([new KeyValuePair<string, byte[]>(Issuer, Encoding.UTF8.GetBytes(controller.ToJsonString()))]);
    }
}
