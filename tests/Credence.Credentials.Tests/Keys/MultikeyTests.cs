using System.Text;
using System.Text.Json;
using Credence.Credentials.Keys;
using Credence.Credentials.Verification;

namespace Credence.Credentials.Tests.Keys;

public sealed class MultikeyTests
{
    private static readonly byte[] _message = Encoding.UTF8.GetBytes("an open badge");

    public static TheoryData<KeyType> KeyTypes() => new(KeyType.Ed25519, KeyType.P256, KeyType.Rsa);

    [Theory]
    [MemberData(nameof(KeyTypes))]
    public void A_public_key_survives_the_multibase_round_trip_and_verifies_signatures(KeyType type)
    {
        using var key = CredentialKey.Generate(type);
        var signature = key.Sign(_message);

        var decoded = Multikey.TryDecodePublicKey(Multikey.EncodePublicKey(key), out var publicKey, out var code);

        Assert.True(decoded, code);
        Assert.False(publicKey!.HasPrivateKey);
        Assert.True(publicKey.Verify(_message, signature));
    }

    [Theory]
    [InlineData(KeyType.Ed25519, "z6Mk")] // multicodec 0xed01 always encodes to z6Mk
    [InlineData(KeyType.P256, "zDn")] // multicodec 0x1200 with a compressed point encodes to zDn
    public void Public_keys_carry_the_well_known_multicodec_prefix(KeyType type, string prefix)
    {
        using var key = CredentialKey.Generate(type);

        var multibase = Multikey.EncodePublicKey(key);

        Assert.StartsWith(prefix, multibase, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(KeyType.Ed25519)]
    [InlineData(KeyType.P256)]
    public void A_secret_key_survives_the_multibase_round_trip_and_signs_for_the_same_public_key(KeyType type)
    {
        using var key = CredentialKey.Generate(type);

        var decoded = Multikey.TryDecodeSecretKey(Multikey.EncodeSecretKey(key), out var restored, out _);

        Assert.True(decoded);
        Assert.Equal(Multikey.EncodePublicKey(key), Multikey.EncodePublicKey(restored!));
        Assert.True(key.Verify(_message, restored!.Sign(_message)));
    }

    [Fact]
    public void The_w3c_vc_di_eddsa_secret_key_decodes_to_its_published_public_key()
    {
        using var pair = JsonDocument.Parse(Fixture.Text("vc-di-eddsa/keyPair.json"));

        Multikey.TryDecodeSecretKey(pair.RootElement.GetProperty("privateKeyMultibase").GetString(), out var key, out _);

        Assert.Equal(pair.RootElement.GetProperty("publicKeyMultibase").GetString(), Multikey.EncodePublicKey(key!));
    }

    [Fact]
    public void The_1edtech_64_byte_legacy_secret_key_decodes_to_its_published_public_key()
    {
        using var pair = JsonDocument.Parse(Fixture.Text("ob3-test-vector/key-pair.json"));

        Multikey.TryDecodeSecretKey(pair.RootElement.GetProperty("secretKeyMultibase").GetString(), out var key, out _);

        Assert.Equal(pair.RootElement.GetProperty("publicKeyMultibase").GetString(), Multikey.EncodePublicKey(key!));
    }

    public static TheoryData<string, string> HostilePublicKeys() => new()
    {
        { "", VerificationCodes.KeyInvalidMultibase }, // empty
        { "f4bdeafde", VerificationCodes.KeyInvalidMultibase }, // base16 multibase, not base58btc
        { "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hw0", VerificationCodes.KeyInvalidMultibase }, // '0' is outside the base58 alphabet
        { "z" + new string('2', 5000), VerificationCodes.KeyInvalidMultibase }, // absurdly long
        { "z2", VerificationCodes.KeyInvalidLength }, // one byte: no room for a multicodec prefix
        { Encode([0x12, 0x34], new byte[32]), VerificationCodes.KeyUnsupportedType }, // unknown multicodec
        { Encode([0xed, 0x01], new byte[31]), VerificationCodes.KeyInvalidLength }, // Ed25519 one byte short
        { Encode([0xed, 0x01], new byte[33]), VerificationCodes.KeyInvalidLength }, // Ed25519 one byte long
        { Encode([0x80, 0x24], new byte[32]), VerificationCodes.KeyInvalidLength }, // P-256 without the compression tag
        { Encode([0x80, 0x24], [0x05, .. new byte[32]]), VerificationCodes.KeyInvalid }, // P-256 with an unknown point tag
        { Encode([0x80, 0x24], [0x02, .. Enumerable.Repeat((byte)0xff, 32)]), VerificationCodes.KeyInvalid }, // x beyond the field prime
        { Encode([0x85, 0x24], [0x30, 0x03, 0x02, 0x01, 0x01]), VerificationCodes.KeyInvalid }, // RSA key that is not a PKCS #1 key
    };

    [Theory]
    [MemberData(nameof(HostilePublicKeys))]
    public void Hostile_public_keys_are_rejected_with_a_stable_code(string multibase, string expectedCode)
    {
        var decoded = Multikey.TryDecodePublicKey(multibase, out var key, out var code);

        Assert.False(decoded);
        Assert.Null(key);
        Assert.Equal(expectedCode, code);
    }

    [Fact]
    public void A_public_key_given_as_secret_key_is_rejected_as_unsupported()
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);

        var decoded = Multikey.TryDecodeSecretKey(Multikey.EncodePublicKey(key), out _, out var code);

        Assert.False(decoded);
        Assert.Equal(VerificationCodes.KeyUnsupportedType, code);
    }

    [Fact]
    public void A_legacy_secret_key_whose_public_half_belongs_to_another_key_is_a_mismatch()
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        using var other = CredentialKey.Generate(KeyType.Ed25519);
        var seed = Convert.FromBase64String(JsonWebKey.Export(key, includePrivateKey: true)["d"]!.GetValue<string>().Replace('-', '+').Replace('_', '/') + "=");

        var decoded = Multikey.TryDecodeSecretKey(Encode([0x80, 0x26], [.. seed, .. other.ExportPublicKey()]), out _, out var code);

        Assert.False(decoded);
        Assert.Equal(VerificationCodes.KeyMismatch, code);
    }

    [Fact]
    public void Es256_signatures_are_64_bytes_r_concatenated_with_s()
    {
        using var key = CredentialKey.Generate(KeyType.P256);

        var signature = key.Sign(_message);

        Assert.Equal(64, signature.Length);
    }

    [Fact]
    public void A_public_key_cannot_sign()
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        Multikey.TryDecodePublicKey(Multikey.EncodePublicKey(key), out var publicKey, out _);

        Assert.Throws<InvalidOperationException>(() => publicKey!.Sign(_message));
    }

    internal static string Encode(byte[] prefix, byte[] material) => "z" + Base58Btc.Encode([.. prefix, .. material]);
}
