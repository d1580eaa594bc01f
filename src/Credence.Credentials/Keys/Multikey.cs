using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using Credence.Credentials.Verification;

namespace Credence.Credentials.Keys;

/// <summary>Multikey encoding: a multicodec-prefixed key, multibase base58btc encoded (<c>z…</c>).</summary>
/// <remarks>Multicodec prefixes (unsigned varints): ed25519-pub <c>0xed01</c>, p256-pub <c>0x8024</c> (0x1200) with a compressed point,
/// rsa-pub <c>0x8524</c> (0x1205) with a PKCS #1 key, ed25519-priv <c>0x8026</c> (0x1300), p256-priv <c>0x8626</c> (0x1306).</remarks>
/// <seealso href="https://www.w3.org/TR/cid-1.0/#Multikey"/>
public static class Multikey
{
    // Base58 of a 2048-bit RSA key is about 380 characters; 4096-bit about 750. Anything far longer is hostile.
    private const int MaxEncodedLength = 2048;

    private static readonly byte[] _ed25519Public = [0xed, 0x01];
    private static readonly byte[] _p256Public = [0x80, 0x24];
    private static readonly byte[] _rsaPublic = [0x85, 0x24];
    private static readonly byte[] _ed25519Secret = [0x80, 0x26];
    private static readonly byte[] _p256Secret = [0x86, 0x26];

    /// <summary>Encodes the public part of <paramref name="key"/> as <c>publicKeyMultibase</c>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The multibase string, starting with <c>z</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public static string EncodePublicKey(CredentialKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var prefix = key.Type switch
        {
            KeyType.Ed25519 => _ed25519Public,
            KeyType.P256 => _p256Public,
            _ => _rsaPublic,
        };
        return Encode(prefix, key.ExportPublicKey());
    }

    /// <summary>Encodes the private part of an Ed25519 or P-256 key as <c>secretKeyMultibase</c>.</summary>
    /// <param name="key">The key pair.</param>
    /// <returns>The multibase string, starting with <c>z</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentException">The key has no private part, or is an RSA key (which has no Multikey secret form; use a JWK).</exception>
    public static string EncodeSecretKey(CredentialKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!key.HasPrivateKey)
        {
            throw new ArgumentException("The key has no private part.", nameof(key));
        }

        return key.Type switch
        {
            KeyType.Ed25519 => Encode(_ed25519Secret, key.ExportEd25519Seed()),
            KeyType.P256 => Encode(_p256Secret, key.ExportEcParameters(true).D!),
            _ => throw new ArgumentException("RSA keys have no Multikey secret form; export them as a JWK.", nameof(key)),
        };
    }

    /// <summary>Decodes a <c>publicKeyMultibase</c> value.</summary>
    /// <param name="multibase">The value, expected to start with <c>z</c>.</param>
    /// <param name="key">The verification key on success.</param>
    /// <param name="errorCode">On failure, one of the <c>key.*</c> codes of <see cref="VerificationCodes"/>.</param>
    /// <returns><see langword="true"/> when the value is a valid public key.</returns>
    public static bool TryDecodePublicKey(string? multibase, [NotNullWhen(true)] out CredentialKey? key, [NotNullWhen(false)] out string? errorCode)
    {
        key = null;
        if (!TryDecodeBase58(multibase, out var bytes, out errorCode))
        {
            return false;
        }

        KeyType type;
        int expectedLength;
        if (bytes.AsSpan().StartsWith(_ed25519Public))
        {
            (type, expectedLength) = (KeyType.Ed25519, 32);
        }
        else if (bytes.AsSpan().StartsWith(_p256Public))
        {
            (type, expectedLength) = (KeyType.P256, 33);
        }
        else if (bytes.AsSpan().StartsWith(_rsaPublic))
        {
            (type, expectedLength) = (KeyType.Rsa, -1);
        }
        else
        {
            errorCode = VerificationCodes.KeyUnsupportedType;
            return false;
        }

        var material = bytes.AsSpan(2);
        if (expectedLength >= 0 && material.Length != expectedLength)
        {
            errorCode = VerificationCodes.KeyInvalidLength;
            return false;
        }

        if (!CredentialKey.TryImportPublicKey(type, material, out key))
        {
            errorCode = VerificationCodes.KeyInvalid;
            return false;
        }

        errorCode = null;
        return true;
    }

    /// <summary>Decodes a <c>secretKeyMultibase</c> value (Ed25519 or P-256) into a key pair.</summary>
    /// <param name="multibase">The value, expected to start with <c>z</c>.</param>
    /// <param name="key">The key pair on success.</param>
    /// <param name="errorCode">On failure, one of the <c>key.*</c> codes of <see cref="VerificationCodes"/>.</param>
    /// <returns><see langword="true"/> when the value is a valid private key.</returns>
    public static bool TryDecodeSecretKey(string? multibase, [NotNullWhen(true)] out CredentialKey? key, [NotNullWhen(false)] out string? errorCode)
    {
        key = null;
        if (!TryDecodeBase58(multibase, out var bytes, out errorCode))
        {
            return false;
        }

        var isEd25519 = bytes.AsSpan().StartsWith(_ed25519Secret);
        if (!isEd25519 && !bytes.AsSpan().StartsWith(_p256Secret))
        {
            errorCode = VerificationCodes.KeyUnsupportedType;
            return false;
        }

        var material = bytes.AsSpan(2);

        // Note: older Digital Bazaar tooling (and the 1EdTech test vector) writes the 64-byte libsodium form, seed || public key.
        var legacyPublic = isEd25519 && material.Length == 64 ? material[32..].ToArray() : null;
        if (legacyPublic is not null)
        {
            material = material[..32];
        }

        if (material.Length != 32)
        {
            errorCode = VerificationCodes.KeyInvalidLength;
            return false;
        }

        var valid = isEd25519
            ? CredentialKey.TryImportEd25519Seed(material, out key)
            : CredentialKey.TryCreateEcdsa(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, D = material.ToArray() }, out key);
        if (!valid || key is null)
        {
            errorCode = VerificationCodes.KeyInvalid;
            return false;
        }

        if (legacyPublic is not null && !legacyPublic.AsSpan().SequenceEqual(key.ExportPublicKey()))
        {
            key.Dispose();
            key = null;
            errorCode = VerificationCodes.KeyMismatch;
            return false;
        }

        errorCode = null;
        return true;
    }

    private static bool TryDecodeBase58(string? multibase, out byte[] bytes, [NotNullWhen(false)] out string? errorCode)
    {
        bytes = [];
        if (string.IsNullOrEmpty(multibase) || multibase[0] != 'z' || multibase.Length > MaxEncodedLength || !Base58Btc.TryDecode(multibase.AsSpan(1), out bytes))
        {
            errorCode = VerificationCodes.KeyInvalidMultibase;
            return false;
        }

        if (bytes.Length < 2)
        {
            errorCode = VerificationCodes.KeyInvalidLength;
            return false;
        }

        errorCode = null;
        return true;
    }

    private static string Encode(byte[] prefix, byte[] material)
    {
        var bytes = new byte[prefix.Length + material.Length];
        prefix.CopyTo(bytes, 0);
        material.CopyTo(bytes, prefix.Length);
        return "z" + Base58Btc.Encode(bytes);
    }
}
