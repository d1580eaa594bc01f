using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Credence.Credentials.Dids;
using Credence.Credentials.Jwt;
using Credence.Credentials.Keys;
using Credence.Credentials.Tests.Keys;
using Credence.Credentials.Verification;
using Microsoft.Extensions.Time.Testing;

namespace Credence.Credentials.Tests.Jwt;

public sealed class VcJwtTests
{
    private static readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
    private static readonly JwtVerifyOptions _options = new() { TimeProvider = _clock };

    [Theory]
    [MemberData(nameof(MultikeyTests.KeyTypes), MemberType = typeof(MultikeyTests))]
    public async Task An_issued_jwt_verifies_with_the_key_embedded_in_its_header(KeyType type)
    {
        using var key = CredentialKey.Generate(type);
        var jwt = VcJwt.Issue(Samples.OpenBadgeCredential, key);

        var result = await VcJwt.VerifyAsync(jwt, _options, TestContext.Current.CancellationToken);

        Assert.True(result.Report.IsVerified, string.Join("; ", result.Report.Checks));
        Assert.Equal(key.JwsAlgorithm, Header(jwt)["alg"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_issued_jwt_with_a_did_key_kid_verifies_offline()
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var jwt = VcJwt.Issue(Samples.OpenBadgeCredential, key, new JwtIssueOptions { KeyId = DidKey.VerificationMethodId(key) });

        var result = await VcJwt.VerifyAsync(jwt, _options, TestContext.Current.CancellationToken);

        Assert.True(result.Report.IsVerified);
        Assert.Null(Header(jwt)["jwk"]);
    }

    [Fact]
    public void The_payload_is_the_credential_with_the_ob3_claims_added()
    {
        using var key = CredentialKey.Generate(KeyType.P256);

        var payload = Payload(VcJwt.Issue(Samples.OpenBadgeCredential, key));

        Assert.Equal("https://credence.example.edu/issuers/north", payload["iss"]!.GetValue<string>());
        Assert.Equal("urn:uuid:a63a60be-f4af-491c-87fc-2c8fd3007a58", payload["jti"]!.GetValue<string>());
        Assert.Equal("did:example:learner-42", payload["sub"]!.GetValue<string>());
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds(), payload["nbf"]!.GetValue<long>());
        Assert.Equal(new DateTimeOffset(2031, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds(), payload["exp"]!.GetValue<long>());
        Assert.Equal("Welding Fundamentals — Ünïcode ✓", payload["credentialSubject"]!["achievement"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_vc_1_1_credential_travels_in_the_vc_claim()
    {
        using var key = CredentialKey.Generate(KeyType.Rsa);
        var jwt = VcJwt.Issue(Samples.Vc11Credential, key);

        var result = await VcJwt.VerifyAsync(jwt, _options, TestContext.Current.CancellationToken);

        Assert.NotNull(Payload(jwt)["vc"]);
        Assert.True(result.UsesVcClaim);
        Assert.True(result.Report.IsVerified);
    }

    [Fact]
    public async Task A_tampered_payload_fails_the_signature_check()
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var parts = VcJwt.Issue(Samples.OpenBadgeCredential, key).Split('.');
        var payload = Payload(string.Join('.', parts));
        payload["name"] = "Master Welder";
        var tampered = parts[0] + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToJsonString())) + "." + parts[2];

        var result = await VcJwt.VerifyAsync(tampered, _options, TestContext.Current.CancellationToken);

        Assert.Contains(result.Report.Checks, c => c is { Code: VerificationCodes.JwtSignature, Status: CheckStatus.Failed });
    }

    [Fact]
    public async Task A_header_that_carries_the_private_key_fails()
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var header = new JsonObject { ["alg"] = "EdDSA", ["jwk"] = JsonWebKey.Export(key, includePrivateKey: true) };
        var jwt = Sign(header, Payload(VcJwt.Issue(Samples.OpenBadgeCredential, key)), key);

        var result = await VcJwt.VerifyAsync(jwt, _options, TestContext.Current.CancellationToken);

        Assert.Contains(result.Report.Checks, c => c is { Code: VerificationCodes.KeyPrivateKeyExposed, Status: CheckStatus.Failed });
    }

    [Theory]
    [InlineData("none")] // unsecured JWT
    [InlineData("HS256")] // symmetric: anyone with the "key" could sign
    public async Task Algorithms_other_than_rs256_es256_and_eddsa_fail(string algorithm)
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var header = new JsonObject { ["alg"] = algorithm, ["jwk"] = JsonWebKey.Export(key) };
        var jwt = Sign(header, Payload(VcJwt.Issue(Samples.OpenBadgeCredential, key)), key);

        var result = await VcJwt.VerifyAsync(jwt, _options, TestContext.Current.CancellationToken);

        Assert.Contains(result.Report.Checks, c => c is { Code: VerificationCodes.JwtAlgorithm, Status: CheckStatus.Failed });
    }

    [Fact]
    public async Task A_header_alg_that_does_not_match_the_key_fails_the_signature_check()
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var header = new JsonObject { ["alg"] = "ES256", ["jwk"] = JsonWebKey.Export(key) };
        var jwt = Sign(header, Payload(VcJwt.Issue(Samples.OpenBadgeCredential, key)), key);

        var result = await VcJwt.VerifyAsync(jwt, _options, TestContext.Current.CancellationToken);

        Assert.Contains(result.Report.Checks, c => c is { Code: VerificationCodes.JwtSignature, Status: CheckStatus.Failed });
    }

    [Theory]
    [InlineData("iss", "https://attacker.example/issuer")] // the issuer claimed in the JWT is not the credential's
    [InlineData("jti", "urn:uuid:another")] // the id does not match
    [InlineData("sub", "did:example:someone-else")] // the subject does not match
    public async Task A_claim_that_disagrees_with_the_credential_fails(string claim, string value)
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var jwt = VcJwt.Issue(Samples.OpenBadgeCredential, key);
        var payload = Payload(jwt);
        payload[claim] = value;

        var result = await VcJwt.VerifyAsync(Sign(Header(jwt), payload, key), _options, TestContext.Current.CancellationToken);

        Assert.Contains(result.Report.Checks, c => c is { Code: VerificationCodes.JwtClaims, Status: CheckStatus.Failed } && c.Path == claim);
    }

    [Fact]
    public async Task An_expired_jwt_fails_the_expiration_check()
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var jwt = VcJwt.Issue(Samples.OpenBadgeCredential, key);
        var later = new JwtVerifyOptions { TimeProvider = new FakeTimeProvider(new DateTimeOffset(2032, 1, 1, 0, 0, 0, TimeSpan.Zero)) };

        var result = await VcJwt.VerifyAsync(jwt, later, TestContext.Current.CancellationToken);

        Assert.Contains(result.Report.Checks, c => c is { Code: VerificationCodes.JwtExpiration, Status: CheckStatus.Failed });
    }

    [Fact]
    public async Task A_jwt_used_before_nbf_fails_the_not_before_check()
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var jwt = VcJwt.Issue(Samples.OpenBadgeCredential, key);
        var earlier = new JwtVerifyOptions { TimeProvider = new FakeTimeProvider(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero)) };

        var result = await VcJwt.VerifyAsync(jwt, earlier, TestContext.Current.CancellationToken);

        Assert.Contains(result.Report.Checks, c => c is { Code: VerificationCodes.JwtNotBefore, Status: CheckStatus.Failed });
    }

    [Theory]
    [InlineData("")] // empty
    [InlineData("eyJhbGciOiJFZERTQSJ9.e30")] // two parts
    [InlineData("eyJhbGciOiJFZERTQSJ9.e30.sig.extra")] // four parts
    [InlineData("eyJhbGciOiJFZERTQSJ9.!!!.c2ln")] // payload not base64url
    [InlineData("WzFd.e30.c2ln")] // header is an array
    [InlineData("eyJhbGciOiJFZERTQSJ9.eyJh.c2ln")] // truncated payload JSON
    public async Task Malformed_tokens_fail_the_format_check(string token)
    {
        var result = await VcJwt.VerifyAsync(token, _options, TestContext.Current.CancellationToken);

        var check = Assert.Single(result.Report.Checks);
        Assert.Equal(VerificationCodes.JwtFormat, check.Code);
        Assert.Equal(CheckStatus.Failed, check.Status);
    }

    public static TheoryData<string> BakedFixtureJwts() => new(
        "1edtech-validator/ob3/extracted-from-baked/simple-jwt-png.jwt",
        "1edtech-validator/ob3/extracted-from-baked/simple-jwt-svg.jwt",
        "1edtech-validator/ob3/extracted-from-baked/simple-jwt_v1-png.jwt",
        "1edtech-validator/ob3/extracted-from-baked/simple-jwt_v1-svg.jwt",
        "1edtech-validator/clr2/simple.jwt");

    [Theory]
    [MemberData(nameof(BakedFixtureJwts))]
    public async Task The_1edtech_jwt_fixtures_with_a_header_jwk_verify(string fixture)
    {
        var result = await VcJwt.VerifyAsync(Fixture.Text(fixture), _options, TestContext.Current.CancellationToken);

        Assert.True(result.Report.IsVerified, string.Join("; ", result.Report.Checks));
    }

    [Fact]
    public async Task The_1edtech_ob3_simple_jwt_is_not_checked_because_its_key_is_not_obtainable()
    {
        var result = await VcJwt.VerifyAsync(Fixture.Text("1edtech-validator/ob3/simple.jwt"), _options, TestContext.Current.CancellationToken);

        Assert.False(result.Report.IsVerified);
        Assert.False(result.Report.HasFailures);
        Assert.Contains(result.Report.Checks, c => c is { Code: VerificationCodes.JwtKey, Status: CheckStatus.NotChecked });
        Assert.True(result.UsesVcClaim);
    }

    private static JsonObject Header(string jwt) => Decode(jwt.Split('.')[0]);

    private static JsonObject Payload(string jwt) => Decode(jwt.Split('.')[1]);

    private static JsonObject Decode(string part) => JsonNode.Parse(Base64Url.DecodeFromChars(part))!.AsObject();

    private static string Sign(JsonObject header, JsonObject payload, CredentialKey key)
    {
        var input = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(header.ToJsonString())) + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return input + "." + Base64Url.EncodeToString(key.Sign(Encoding.ASCII.GetBytes(input)));
    }
}
