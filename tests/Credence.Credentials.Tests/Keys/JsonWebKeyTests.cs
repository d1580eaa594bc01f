using System.Text.Json;
using Credence.Credentials.Keys;
using Credence.Credentials.Verification;

namespace Credence.Credentials.Tests.Keys;

public sealed class JsonWebKeyTests
{
    [Theory]
    [MemberData(nameof(MultikeyTests.KeyTypes), MemberType = typeof(MultikeyTests))]
    public void A_private_jwk_round_trips_into_a_key_that_signs_for_the_same_public_key(KeyType type)
    {
        using var key = CredentialKey.Generate(type);
        using var jwk = JsonDocument.Parse(JsonWebKey.Export(key, includePrivateKey: true).ToJsonString());

        var imported = JsonWebKey.TryImport(jwk.RootElement, allowPrivateKey: true, out var restored, out _);

        Assert.True(imported);
        Assert.True(restored!.HasPrivateKey);
        Assert.True(key.Verify([1, 2, 3], restored.Sign([1, 2, 3])));
    }

    [Theory]
    [MemberData(nameof(MultikeyTests.KeyTypes), MemberType = typeof(MultikeyTests))]
    public void A_jwk_with_a_private_part_is_refused_where_only_public_keys_belong(KeyType type)
    {
        using var key = CredentialKey.Generate(type);
        using var jwk = JsonDocument.Parse(JsonWebKey.Export(key, includePrivateKey: true).ToJsonString());

        var imported = JsonWebKey.TryImport(jwk.RootElement, allowPrivateKey: false, out _, out var code);

        Assert.False(imported);
        Assert.Equal(VerificationCodes.KeyPrivateKeyExposed, code);
    }

    [Theory]
    [InlineData("""{"kty":"OKP","crv":"X25519","x":"AAAA"}""", VerificationCodes.KeyUnsupportedType)] // key agreement curve
    [InlineData("""{"kty":"EC","crv":"P-384","x":"AAAA","y":"AAAA"}""", VerificationCodes.KeyUnsupportedType)] // unsupported curve
    [InlineData("""{"kty":"oct","k":"AAAA"}""", VerificationCodes.KeyUnsupportedType)] // symmetric key
    [InlineData("""{"kty":"OKP","crv":"Ed25519","x":"not base64url!"}""", VerificationCodes.KeyInvalidJwk)] // bad encoding
    [InlineData("""{"kty":"EC","crv":"P-256","x":"AQ","y":"AQ"}""", VerificationCodes.KeyInvalidJwk)] // coordinates too short
    [InlineData("""{"kty":"RSA","n":"AQAB","e":"AQAB"}""", VerificationCodes.KeyInvalidJwk)] // 24-bit modulus
    [InlineData("""["kty"]""", VerificationCodes.KeyInvalidJwk)] // not an object
    public void Malformed_or_unsupported_jwks_are_rejected_with_a_stable_code(string json, string expectedCode)
    {
        using var jwk = JsonDocument.Parse(json);

        var imported = JsonWebKey.TryImport(jwk.RootElement, allowPrivateKey: false, out _, out var code);

        Assert.False(imported);
        Assert.Equal(expectedCode, code);
    }

    [Fact]
    public void The_thumbprint_follows_rfc_7638_for_its_published_example()
    {
        // RFC 7638 §3.1: this RSA key has thumbprint NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs.
        const string n = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";
        using var jwk = JsonDocument.Parse($$"""{"kty":"RSA","n":"{{n}}","e":"AQAB"}""");
        JsonWebKey.TryImport(jwk.RootElement, allowPrivateKey: false, out var key, out _);

        var thumbprint = JsonWebKey.Thumbprint(key!);

        Assert.Equal("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs", thumbprint);
    }
}
