using System.Security.Cryptography;
using NSec.Cryptography;

namespace Credence.Credentials.Keys;

/// <summary>A signing key (with its private part) or a verification key (public part only) of one of the <see cref="KeyType"/>s.</summary>
/// <remarks>Public keys are exported as raw Ed25519 bytes, compressed P-256 points (SEC 1) or PKCS #1 RSA public keys, the forms Multikey uses.</remarks>
public sealed class CredentialKey : IDisposable
{
    private static readonly SignatureAlgorithm _ed25519 = SignatureAlgorithm.Ed25519;

    private readonly Key? _edPrivate;
    private readonly PublicKey? _edPublic;
    private readonly ECDsa? _ecdsa;
    private readonly RSA? _rsa;

    private CredentialKey(KeyType type, bool hasPrivateKey, Key? edPrivate, PublicKey? edPublic, ECDsa? ecdsa, RSA? rsa)
    {
        Type = type;
        HasPrivateKey = hasPrivateKey;
        _edPrivate = edPrivate;
        _edPublic = edPublic;
        _ecdsa = ecdsa;
        _rsa = rsa;
    }

    /// <summary>Gets the kind of key.</summary>
    public KeyType Type { get; }

    /// <summary>Gets a value indicating whether the key can sign.</summary>
    public bool HasPrivateKey { get; }

    /// <summary>Gets the JWS <c>alg</c> this key signs with: <c>EdDSA</c>, <c>ES256</c> or <c>RS256</c>.</summary>
    public string JwsAlgorithm => Type switch
    {
        KeyType.Ed25519 => "EdDSA",
        KeyType.P256 => "ES256",
        _ => "RS256",
    };

    /// <summary>Creates a new random key pair.</summary>
    /// <param name="type">The kind of key.</param>
    /// <returns>The key pair.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a defined key type.</exception>
    public static CredentialKey Generate(KeyType type) => type switch
    {
        KeyType.Ed25519 => FromEd25519Key(Key.Create(_ed25519, Exportable)),
        KeyType.P256 => new CredentialKey(type, true, null, null, ECDsa.Create(ECCurve.NamedCurves.nistP256), null),
        KeyType.Rsa => new CredentialKey(type, true, null, null, null, RSA.Create(2048)),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown key type."),
    };

    /// <summary>Signs <paramref name="data"/>: EdDSA, ECDSA P-256 SHA-256 (IEEE P1363 <c>r || s</c>) or RSA PKCS #1 v1.5 SHA-256.</summary>
    /// <param name="data">The bytes to sign.</param>
    /// <returns>The signature.</returns>
    /// <exception cref="InvalidOperationException">The key has no private part.</exception>
    public byte[] Sign(ReadOnlySpan<byte> data)
    {
        if (!HasPrivateKey)
        {
            throw new InvalidOperationException("A public key cannot sign.");
        }

        return Type switch
        {
            KeyType.Ed25519 => _ed25519.Sign(_edPrivate!, data), // An Ed25519 key with a private part always has _edPrivate.
            KeyType.P256 => _ecdsa!.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation),
            _ => _rsa!.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
        };
    }

    /// <summary>Checks a signature made by <see cref="Sign"/> with the matching private key.</summary>
    /// <param name="data">The signed bytes.</param>
    /// <param name="signature">The signature.</param>
    /// <returns><see langword="true"/> when the signature is valid.</returns>
    public bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature) => Type switch
    {
        KeyType.Ed25519 => _ed25519.Verify(_edPublic!, data, signature),
        KeyType.P256 => signature.Length == 64 && _ecdsa!.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation),
        _ => _rsa!.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
    };

    /// <summary>Exports the public key: 32 raw bytes (Ed25519), a 33-byte compressed point (P-256) or a PKCS #1 <c>RSAPublicKey</c> (RSA).</summary>
    /// <returns>The public key bytes.</returns>
    public byte[] ExportPublicKey()
    {
        switch (Type)
        {
            case KeyType.Ed25519:
                return _edPublic!.Export(KeyBlobFormat.RawPublicKey);
            case KeyType.P256:
                var q = _ecdsa!.ExportParameters(false).Q;
                var compressed = new byte[33];
                compressed[0] = (byte)(0x02 | (q.Y![^1] & 1));
                q.X!.CopyTo(compressed, 1);
                return compressed;
            default:
                return _rsa!.ExportRSAPublicKey();
        }
    }

    /// <summary>Creates a verification key from the bytes <see cref="ExportPublicKey"/> gives (an uncompressed P-256 point is accepted too).</summary>
    /// <param name="type">The kind of key.</param>
    /// <param name="publicKey">The public key bytes.</param>
    /// <param name="key">The key when the bytes are a valid public key.</param>
    /// <returns><see langword="true"/> when the bytes are a valid public key of that type.</returns>
    public static bool TryImportPublicKey(KeyType type, ReadOnlySpan<byte> publicKey, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CredentialKey? key)
    {
        key = null;
        switch (type)
        {
            case KeyType.Ed25519:
                if (publicKey.Length != 32 || !PublicKey.TryImport(_ed25519, publicKey, KeyBlobFormat.RawPublicKey, out var edPublic))
                {
                    return false;
                }

                key = new CredentialKey(type, false, null, edPublic, null, null);
                return true;
            case KeyType.P256:
                if (!P256Point.TryDecode(publicKey, out var x, out var y))
                {
                    return false;
                }

                return TryCreateEcdsa(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = new ECPoint { X = x, Y = y } }, out key);
            case KeyType.Rsa:
                var rsa = RSA.Create();
                try
                {
                    rsa.ImportRSAPublicKey(publicKey, out var read);
                    if (read != publicKey.Length || rsa.KeySize < 2048)
                    {
                        rsa.Dispose();
                        return false;
                    }
                }
                catch (CryptographicException)
                {
                    rsa.Dispose();
                    return false;
                }

                key = new CredentialKey(type, false, null, null, null, rsa);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Releases the key material.</summary>
    public void Dispose()
    {
        _edPrivate?.Dispose();
        _ecdsa?.Dispose();
        _rsa?.Dispose();
    }

    internal static bool TryImportEd25519Seed(ReadOnlySpan<byte> seed, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CredentialKey? key)
    {
        key = null;
        if (seed.Length != 32 || !Key.TryImport(_ed25519, seed, KeyBlobFormat.RawPrivateKey, out var edKey, Exportable) || edKey is null)
        {
            return false;
        }

        key = FromEd25519Key(edKey);
        return true;
    }

    internal static bool TryCreateEcdsa(ECParameters parameters, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CredentialKey? key)
    {
        key = null;
        var ecdsa = ECDsa.Create();
        try
        {
            ecdsa.ImportParameters(parameters);
        }
        catch (CryptographicException)
        {
            ecdsa.Dispose();
            return false;
        }

        key = new CredentialKey(KeyType.P256, parameters.D is not null, null, null, ecdsa, null);
        return true;
    }

    internal static bool TryCreateRsa(RSAParameters parameters, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CredentialKey? key)
    {
        key = null;
        var rsa = RSA.Create();
        try
        {
            rsa.ImportParameters(parameters);
        }
        catch (CryptographicException)
        {
            rsa.Dispose();
            return false;
        }

        if (rsa.KeySize < 2048)
        {
            rsa.Dispose();
            return false;
        }

        key = new CredentialKey(KeyType.Rsa, parameters.D is not null, null, null, null, rsa);
        return true;
    }

    internal byte[] ExportEd25519Seed() => _edPrivate!.Export(KeyBlobFormat.RawPrivateKey);

    internal ECParameters ExportEcParameters(bool includePrivate) => _ecdsa!.ExportParameters(includePrivate);

    internal RSAParameters ExportRsaParameters(bool includePrivate) => _rsa!.ExportParameters(includePrivate);

    private static KeyCreationParameters Exportable => new() { ExportPolicy = KeyExportPolicies.AllowPlaintextExport };

    private static CredentialKey FromEd25519Key(Key key) => new(KeyType.Ed25519, true, key, key.PublicKey, null, null);
}
