using System.Buffers.Text;
using Credence.Credentials.Dids;
using Credence.Credentials.Jwt;
using Credence.Credentials.Keys;
using Credence.Credentials.Verification;

namespace Credence.Credentials.Tests.Interop;

/// <summary>
/// VC-JWTs issued here (Open Badges 3.0 JWT proof format) verify with jose, the JavaScript JOSE library, offline: EdDSA,
/// ES256 and RS256, with the key named by <c>kid</c> (did:key, or did:web from the DID document handed over) or embedded as
/// <c>jwk</c>; a changed payload does not.
/// </summary>
public sealed class JavaScriptJwtInteropTests
{
    [Fact]
    public async Task An_eddsa_vc_jwt_with_a_did_key_kid_verifies_with_jose_and_binds_the_key_to_the_issuer()
    {
        using var harness = InteropHarness.Open();
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var issuer = DidKey.Create(key);
        var token = VcJwt.Issue(InteropCredentials.Full(issuer, null), key, new JwtIssueOptions { KeyId = DidKey.VerificationMethodId(key) });

        var result = (await harness.VerifyJwtAsync([token], [], TestContext.Current.CancellationToken))[0];

        Assert.True((bool)result["verified"]!, result.ToJsonString());
        Assert.Equal("EdDSA", (string?)result["alg"]);
        Assert.Equal("kid", (string?)result["keySource"]);
        Assert.True((bool)result["keyBound"]!, result.ToJsonString());
    }

    [Theory]
    [InlineData(KeyType.Ed25519, "EdDSA")] // NSec Ed25519
    [InlineData(KeyType.P256, "ES256")] // the BCL's ECDsa, P1363 signature encoding
    [InlineData(KeyType.Rsa, "RS256")] // the BCL's RSA, PKCS#1 v1.5
    public async Task A_vc_jwt_with_an_embedded_jwk_verifies_with_jose(KeyType type, string algorithm)
    {
        using var harness = InteropHarness.Open();
        using var key = CredentialKey.Generate(type);
        using var issuerKey = CredentialKey.Generate(KeyType.Ed25519);
        var token = VcJwt.Issue(InteropCredentials.Minimal(DidKey.Create(issuerKey)), key);

        var result = (await harness.VerifyJwtAsync([token], [], TestContext.Current.CancellationToken))[0];

        Assert.True((bool)result["verified"]!, result.ToJsonString());
        Assert.Equal(algorithm, (string?)result["alg"]);
        Assert.Equal("jwk", (string?)result["keySource"]);
        Assert.False((bool)result["keyBound"]!); // an embedded key says nothing about who holds it
    }

    [Fact]
    public async Task A_did_web_issuers_vc_jwt_verifies_with_jose_from_the_did_document_handed_over_and_not_without_it()
    {
        using var harness = InteropHarness.Open();
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        const string issuer = "did:web:credence.example.edu";
        var token = VcJwt.Issue(InteropCredentials.Full(issuer, null), key, new JwtIssueOptions { KeyId = issuer + "#" + Multikey.EncodePublicKey(key) });
        var ct = TestContext.Current.CancellationToken;

        var withDocument = (await harness.VerifyJwtAsync([token], [DidWeb.BuildDocument(issuer, [key])], ct))[0];
        var withoutDocument = (await harness.VerifyJwtAsync([token], [], ct))[0];

        Assert.True((bool)withDocument["verified"]!, withDocument.ToJsonString());
        Assert.True((bool)withDocument["keyBound"]!, withDocument.ToJsonString());
        Assert.False((bool)withoutDocument["verified"]!, withoutDocument.ToJsonString());
    }

    [Fact]
    public async Task A_vc_jwt_signed_by_jose_verifies_here_and_fails_once_changed()
    {
        using var harness = InteropHarness.Open();
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var issuer = DidKey.Create(key);
        var keyFile = new KeyFile(DidKey.VerificationMethodId(key), issuer, key).ToJson();
        var ct = TestContext.Current.CancellationToken;
        var signed = (await harness.SignJwtAsync([InteropCredentials.Full(issuer, null), InteropCredentials.Minimal(issuer)], keyFile, ct)).Select(r => (string?)r["jwt"] ?? r.ToJsonString()).ToList();
        var parts = signed[0].Split('.');
        var changed = parts[0] + "." + Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1])).Replace("Welding", "Forging", StringComparison.Ordinal))) + "." + parts[2];
        var options = new JwtVerifyOptions { TimeProvider = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero)) };

        var results = new List<JwtVerification>();
        foreach (var token in signed.Append(changed))
        {
            results.Add(await VcJwt.VerifyAsync(token, options, ct));
        }

        Assert.All(results.Take(2), r => Assert.True(r.Report.IsVerified, string.Join("\n", r.Report.Checks.Where(c => c.Status is not (CheckStatus.Passed or CheckStatus.Skipped)))));
        Assert.False(results[2].Report.IsVerified);
    }

    [Fact]
    public async Task A_vc_jwt_whose_payload_was_changed_fails_with_jose()
    {
        using var harness = InteropHarness.Open();
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var token = VcJwt.Issue(InteropCredentials.Minimal(DidKey.Create(key)), key, new JwtIssueOptions { KeyId = DidKey.VerificationMethodId(key) });
        var parts = token.Split('.');
        var payload = System.Text.Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1])).Replace("Welding", "Forging", StringComparison.Ordinal);
        var tampered = parts[0] + "." + Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(payload)) + "." + parts[2];

        var result = (await harness.VerifyJwtAsync([tampered], [], TestContext.Current.CancellationToken))[0];

        Assert.NotEqual(token, tampered);
        Assert.False((bool)result["verified"]!, result.ToJsonString());
        Assert.Contains(result["errors"]!.AsArray(), e => ((string?)e)!.Contains("ERR_JWS_SIGNATURE_VERIFICATION_FAILED", StringComparison.Ordinal));
    }
}
