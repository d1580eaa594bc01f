using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Credence.Credentials.Baking;
using Credence.Credentials.Jwt;
using Credence.Credentials.Keys;
using Credence.Credentials.Verification;
using Microsoft.Extensions.Time.Testing;

namespace Credence.Credentials.Tests.Verification;

public sealed class CredentialVerifierTests
{
    public static TheoryData<string> HostileJson() => new(
        new string('[', 5000) + new string(']', 5000), // nesting far beyond any credential
        "{\"@context\": \"" + new string('a', 17 * 1024 * 1024) + "\"}", // larger than the 16 MiB limit
        "{\"@context\": [\"https://www.w3.org/ns/credentials/v2\"], \"type\": {\"a\": [1, {\"b\": null}]}, \"credentialSubject\": 7, \"proof\": \"x\"}"); // wrong types everywhere

    [Theory]
    [MemberData(nameof(HostileJson))]
    public async Task Hostile_json_gives_failed_checks_and_no_exception(string json)
    {
        var report = await new CredentialVerifier(_options).VerifyAsync(json, TestContext.Current.CancellationToken);

        Assert.True(report.HasFailures);
    }

    private static readonly VerifierOptions _options = new() { TimeProvider = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero)) };

    [Fact]
    public async Task A_jwt_credential_issued_here_verifies_with_every_check_passed_or_skipped()
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var jwt = VcJwt.Issue(Samples.OpenBadgeCredential, key);

        var report = await new CredentialVerifier(_options).VerifyAsync(jwt, TestContext.Current.CancellationToken);

        Assert.True(report.IsVerified, string.Join("\n", report.Checks));
        Assert.Contains(report.Checks, c => c is { Code: VerificationCodes.Ob3Schema, Status: CheckStatus.Passed });
        Assert.Contains(report.Checks, c => c is { Code: VerificationCodes.StatusEntry, Status: CheckStatus.Skipped });
    }

    [Fact]
    public async Task A_baked_png_carrying_a_jwt_verifies()
    {
        using var key = CredentialKey.Generate(KeyType.P256);
        var baked = BadgeBaker.Bake(Fixture.Bytes("1edtech-validator/ob3/simple-json.png"), VcJwt.Issue(Samples.OpenBadgeCredential, key));

        var report = await new CredentialVerifier(_options).VerifyAsync(baked.Image!, TestContext.Current.CancellationToken);

        Assert.True(report.IsVerified, string.Join("\n", report.Checks));
    }

    [Theory]
    [InlineData("1edtech-validator/ob3/simple-jwt.png")]
    [InlineData("1edtech-validator/ob3/simple-jwt.svg")]
    public async Task The_1edtech_baked_jwt_fixtures_verify(string fixture)
    {
        var report = await new CredentialVerifier(_options).VerifyAsync(Fixture.Bytes(fixture), TestContext.Current.CancellationToken);

        Assert.True(report.IsVerified, string.Join("\n", report.Checks));
    }

    [Fact]
    public async Task A_proof_by_an_https_verification_method_is_not_checked_offline_and_the_rest_passes()
    {
        var report = await new CredentialVerifier(_options).VerifyAsync(Fixture.Text("1edtech-validator/ob3/simple.json"), TestContext.Current.CancellationToken);

        Assert.False(report.IsVerified);
        Assert.False(report.HasFailures, string.Join("\n", report.Checks.Where(c => c.Status == CheckStatus.Failed)));
        Assert.Contains(report.Checks, c => c is { Code: VerificationCodes.FetchOffline, Status: CheckStatus.NotChecked, Path: "/proof/0/verificationMethod" });
    }

    [Fact]
    public async Task The_1edtech_simple_fixture_verifies_when_the_issuer_profile_lists_its_key()
    {
        var fetcher = DataIntegrity.DataIntegrityProofsTests.ControllerDocuments(("https://example.com/issuers/876543", "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"));

        var report = await new CredentialVerifier(_options with { Fetcher = fetcher }).VerifyAsync(Fixture.Text("1edtech-validator/ob3/simple.json"), TestContext.Current.CancellationToken);

        Assert.True(report.IsVerified, string.Join("\n", report.Checks));
    }

    [Fact]
    public async Task A_credential_signed_here_with_a_data_integrity_proof_verifies_offline()
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var credential = JsonNode.Parse(Samples.OpenBadgeCredential)!;
        credential["issuer"]!["id"] = Credence.Credentials.Dids.DidKey.Create(key);
        var signed = await Credentials.DataIntegrity.DataIntegrityProofs.AddProofAsync(credential.ToJsonString(), key, new Credentials.DataIntegrity.ProofOptions { VerificationMethod = Credence.Credentials.Dids.DidKey.VerificationMethodId(key) }, cancellationToken: TestContext.Current.CancellationToken);

        var report = await new CredentialVerifier(_options).VerifyAsync(signed.Text, TestContext.Current.CancellationToken);

        Assert.True(report.IsVerified, string.Join("\n", report.Checks));
    }

    [Fact]
    public async Task The_1edtech_clr_vector_and_its_nested_credential_verify()
    {
        var fetcher = DataIntegrity.DataIntegrityProofsTests.ControllerDocuments(("https://example.edu/issuers/565049", "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"));

        var report = await new CredentialVerifier(_options with { Fetcher = fetcher }).VerifyAsync(Fixture.Text("clr2-test-vector/signed-credential.json"), TestContext.Current.CancellationToken);

        Assert.DoesNotContain(report.Checks, c => c.Status is CheckStatus.Failed or CheckStatus.NotChecked && c.Code != VerificationCodes.Ob3Schema);
        Assert.Contains(report.Checks, c => c is { Code: VerificationCodes.Ob3Proof, Status: CheckStatus.Passed } && c.Path!.StartsWith("/credentialSubject/verifiableCredential/0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_1edtech_revoked_fixture_is_reported_revoked_through_its_signed_status_list()
    {
        const string ListUrl = "https://raw.githubusercontent.com/1EdTech/digital-credentials-public-validator/refs/heads/main/inspector-vc/src/test/resources/ob30/bit-string-list/testlist";
        var fetcher = new Credence.Credentials.Fetching.StaticDocumentFetcher([
            new(ListUrl, Fixture.Bytes("1edtech-validator/ob3/bit-string-list/testlist")),
            DataIntegrity.DataIntegrityProofsTests.ControllerDocument("https://1edtech.edu/issuers/565049", "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"),
        ]);

        var report = await new CredentialVerifier(_options with { Fetcher = fetcher }).VerifyAsync(Fixture.Text("1edtech-validator/ob3/bit-string-list/credential-status-revoked.json"), TestContext.Current.CancellationToken);

        Assert.Contains(report.Checks, c => c is { Code: VerificationCodes.StatusRevocation, Status: CheckStatus.Failed });
    }

    [Fact]
    public async Task The_1edtech_expired_fixture_is_reported_expired()
    {
        var report = await new CredentialVerifier(_options).VerifyAsync(Fixture.Text("1edtech-validator/ob3/simple-err-expired.json"), TestContext.Current.CancellationToken);

        Assert.Contains(report.Checks, c => c is { Code: VerificationCodes.Ob3Expired, Status: CheckStatus.Failed });
    }

    [Fact]
    public async Task A_credential_without_proof_fails()
    {
        var report = await new CredentialVerifier(_options).VerifyAsync(Samples.OpenBadgeCredential, TestContext.Current.CancellationToken);

        Assert.Contains(report.Checks, c => c is { Code: VerificationCodes.Ob3Proof, Status: CheckStatus.Failed });
    }

    [Theory]
    [InlineData("type", "[\"VerifiableCredential\"]", VerificationCodes.Ob3Type)] // no Open Badges type
    [InlineData("@context", "[\"https://www.w3.org/ns/credentials/v2\"]", VerificationCodes.Ob3Context)] // no Open Badges context
    [InlineData("credentialSubject", "{\"type\": [\"AchievementSubject\"], \"achievement\": {}}", VerificationCodes.Ob3SubjectIdentified)] // subject without id or identifier
    [InlineData("validFrom", "\"2027-06-01T00:00:00Z\"", VerificationCodes.Ob3NotYetValid)] // not valid yet
    [InlineData("validUntil", "\"2026-01-02T00:00:00Z\"", VerificationCodes.Ob3Expired)] // expired
    [InlineData("validFrom", "\"yesterday\"", VerificationCodes.Ob3Validity)] // not a date
    [InlineData("undefinedTerm", "\"dropped by JSON-LD\"", VerificationCodes.Ob3JsonLd)] // a term no context defines
    public async Task Each_broken_rule_fails_with_its_code(string property, string value, string code)
    {
        var credential = JsonNode.Parse(Samples.OpenBadgeCredential)!;
        credential[property] = JsonNode.Parse(value);

        var report = await new CredentialVerifier(_options).VerifyAsync(credential.ToJsonString(), TestContext.Current.CancellationToken);

        Assert.Contains(report.Checks, c => c.Code == code && c.Status == CheckStatus.Failed);
    }

    [Theory]
    [InlineData("alex@example.edu", true)] // the hashed identifier's plain value
    [InlineData("sam@example.edu", false)] // someone else
    public async Task The_recipient_is_matched_against_a_salted_sha256_identifier(string recipient, bool matches)
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var credential = JsonNode.Parse(Samples.OpenBadgeCredential)!;
        var hash = "sha256$" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("alex@example.edu" + "s4lt")));
        credential["credentialSubject"]!.AsObject().Remove("id");
        credential["credentialSubject"]!["identifier"] = new JsonArray(new JsonObject { ["type"] = "IdentityObject", ["hashed"] = true, ["identityHash"] = hash, ["identityType"] = "emailAddress", ["salt"] = "s4lt" });
        var jwt = VcJwt.Issue(credential.ToJsonString(), key);

        var report = await new CredentialVerifier(_options with { ExpectedRecipient = recipient }).VerifyAsync(jwt, TestContext.Current.CancellationToken);

        Assert.Contains(report.Checks, c => c.Code == VerificationCodes.Ob3Recipient && c.Status == (matches ? CheckStatus.Passed : CheckStatus.Failed));
    }

    [Fact]
    public async Task A_tampered_endorsement_fails_under_its_own_path()
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var endorsement = VcJwt.Issue(Fixture.Text("1edtech-validator/ob3/endorsement-valid.json"), key);
        var tampered = endorsement[..^4] + (endorsement[^4] == 'A' ? "B" : "A") + endorsement[^3..];
        var credential = JsonNode.Parse(Samples.OpenBadgeCredential)!;
        credential["endorsementJwt"] = new JsonArray(tampered);

        var report = await new CredentialVerifier(_options).VerifyAsync(VcJwt.Issue(credential.ToJsonString(), key), TestContext.Current.CancellationToken);

        Assert.Contains(report.Checks, c => c is { Code: VerificationCodes.JwtSignature, Status: CheckStatus.Failed, Path: "/endorsementJwt/0" });
        Assert.DoesNotContain(report.Checks, c => c is { Code: VerificationCodes.JwtSignature, Status: CheckStatus.Failed, Path: null });
    }

    [Fact]
    public async Task Credentials_nested_in_a_clr_are_verified_too()
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var clr = JsonNode.Parse(Fixture.Text("1edtech-validator/clr2/simple.json"))!;
        clr.AsObject().Remove("proof");
        clr["credentialSubject"]!["verifiableCredential"] = new JsonArray(VcJwt.Issue(Samples.OpenBadgeCredential, key));

        var report = await new CredentialVerifier(_options).VerifyAsync(VcJwt.Issue(clr.ToJsonString(), key), TestContext.Current.CancellationToken);

        Assert.Contains(report.Checks, c => c is { Code: VerificationCodes.JwtSignature, Status: CheckStatus.Passed, Path: "/credentialSubject/verifiableCredential/0" });
    }

    [Theory]
    [InlineData("\n\t{")] // leading whitespace before JSON
    [InlineData("\uFEFF{\"@context\": 1}")] // a byte order mark before JSON
    public async Task Json_after_whitespace_or_a_byte_order_mark_is_read_as_json(string input)
    {
        var report = await new CredentialVerifier(_options).VerifyAsync(Encoding.UTF8.GetBytes(input), TestContext.Current.CancellationToken);

        Assert.DoesNotContain(report.Checks, c => c.Code == VerificationCodes.BakeNotAnImage);
    }

    [Theory]
    [InlineData("")] // empty
    [InlineData("{\"@context\": ")] // truncated JSON
    [InlineData("[1,2,3]")] // not an object
    public async Task Input_that_is_not_a_credential_fails_the_format_check(string input)
    {
        var report = await new CredentialVerifier(_options).VerifyAsync(Encoding.UTF8.GetBytes(input), TestContext.Current.CancellationToken);

        Assert.Contains(report.Checks, c => c.Status == CheckStatus.Failed && c.Code is VerificationCodes.Ob3Format or VerificationCodes.BakeNotAnImage);
    }
}
