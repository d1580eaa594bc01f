using System.Text.Json.Nodes;
using Credence.Credentials.Keys;
using Credence.Credentials.Verification;

namespace Credence.Credentials.Tests.Keys;

public sealed class KeyFileTests
{
    [Theory]
    [MemberData(nameof(MultikeyTests.KeyTypes), MemberType = typeof(MultikeyTests))]
    public void A_key_file_round_trips_with_id_controller_and_secret_key(KeyType type)
    {
        using var key = CredentialKey.Generate(type);
        var file = new KeyFile("did:example:issuer#key-1", "did:example:issuer", key);

        var parsed = KeyFile.TryParse(file.ToJson(), out var read, out _);

        Assert.True(parsed);
        Assert.Equal("did:example:issuer#key-1", read!.Id);
        Assert.Equal("did:example:issuer", read.Controller);
        Assert.True(read.Key.HasPrivateKey);
        Assert.True(key.Verify([9], read.Key.Sign([9])));
    }

    [Fact]
    public void An_ed25519_key_file_uses_the_multikey_members()
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);

        var json = JsonNode.Parse(new KeyFile(null, null, key).ToJson())!;

        Assert.Equal("Multikey", json["type"]!.GetValue<string>());
        Assert.StartsWith("z6Mk", json["publicKeyMultibase"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("z3u2", json["secretKeyMultibase"]!.GetValue<string>(), StringComparison.Ordinal); // 0x8026 + 32 bytes
    }

    [Fact]
    public void A_public_only_key_file_gives_a_verification_key()
    {
        using var key = CredentialKey.Generate(KeyType.P256);

        var parsed = KeyFile.TryParse(new KeyFile(null, null, key).ToJson(includeSecretKey: false), out var read, out _);

        Assert.True(parsed);
        Assert.False(read!.Key.HasPrivateKey);
    }

    [Fact]
    public void The_1edtech_test_vector_key_pair_reads_as_a_key_file()
    {
        var parsed = KeyFile.TryParse(Fixture.Text("ob3-test-vector/key-pair.json"), out var file, out _);

        Assert.True(parsed);
        Assert.Equal("https://example.edu/issuers/565049", file!.Controller);
        Assert.True(file.Key.HasPrivateKey);
    }

    [Fact]
    public void A_bare_jwk_reads_as_a_key_file()
    {
        using var key = CredentialKey.Generate(KeyType.Rsa);

        var parsed = KeyFile.TryParse(JsonWebKey.Export(key, includePrivateKey: true).ToJsonString(), out var file, out _);

        Assert.True(parsed);
        Assert.Equal(KeyType.Rsa, file!.Key.Type);
    }

    [Fact]
    public void A_key_file_whose_public_key_belongs_to_another_secret_key_is_a_mismatch()
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        using var other = CredentialKey.Generate(KeyType.Ed25519);
        var json = JsonNode.Parse(new KeyFile(null, null, key).ToJson())!;
        json["publicKeyMultibase"] = Multikey.EncodePublicKey(other);

        var parsed = KeyFile.TryParse(json.ToJsonString(), out _, out var code);

        Assert.False(parsed);
        Assert.Equal(VerificationCodes.KeyMismatch, code);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{\"publicKeyMultibase\":")] // truncated
    public void Text_that_is_not_a_key_file_is_rejected(string json)
    {
        var parsed = KeyFile.TryParse(json, out _, out var code);

        Assert.False(parsed);
        Assert.Equal(VerificationCodes.KeyInvalidKeyFile, code);
    }
}
