using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Credence.Credentials.Verification;

namespace Credence.Credentials.Keys;

/// <summary>JSON Web Key (RFC 7517) form of a <see cref="CredentialKey"/>: <c>OKP</c>/<c>Ed25519</c>, <c>EC</c>/<c>P-256</c> and <c>RSA</c>.</summary>
/// <seealso href="https://www.rfc-editor.org/rfc/rfc7517"/>
public static class JsonWebKey
{
    private static readonly string[] _rsaPrivateMembers = ["d", "p", "q", "dp", "dq", "qi"];

    /// <summary>Exports <paramref name="key"/> as a JWK object.</summary>
    /// <param name="key">The key.</param>
    /// <param name="includePrivateKey">Whether to include the private members (<c>d</c>, and for RSA the CRT values).</param>
    /// <returns>A new JSON object.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="includePrivateKey"/> is set for a key without a private part.</exception>
    public static JsonObject Export(CredentialKey key, bool includePrivateKey = false)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (includePrivateKey && !key.HasPrivateKey)
        {
            throw new ArgumentException("The key has no private part.", nameof(key));
        }

        switch (key.Type)
        {
            case KeyType.Ed25519:
                var okp = new JsonObject { ["kty"] = "OKP", ["crv"] = "Ed25519", ["x"] = Base64Url.EncodeToString(key.ExportPublicKey()) };
                if (includePrivateKey)
                {
                    okp["d"] = Base64Url.EncodeToString(key.ExportEd25519Seed());
                }

                return okp;
            case KeyType.P256:
                var ec = key.ExportEcParameters(includePrivateKey);
                var ecJwk = new JsonObject { ["kty"] = "EC", ["crv"] = "P-256", ["x"] = Base64Url.EncodeToString(ec.Q.X), ["y"] = Base64Url.EncodeToString(ec.Q.Y) };
                if (includePrivateKey)
                {
                    ecJwk["d"] = Base64Url.EncodeToString(ec.D);
                }

                return ecJwk;
            default:
                var rsa = key.ExportRsaParameters(includePrivateKey);
                var rsaJwk = new JsonObject { ["kty"] = "RSA", ["n"] = Base64Url.EncodeToString(rsa.Modulus), ["e"] = Base64Url.EncodeToString(rsa.Exponent) };
                if (includePrivateKey)
                {
                    rsaJwk["d"] = Base64Url.EncodeToString(rsa.D);
                    rsaJwk["p"] = Base64Url.EncodeToString(rsa.P);
                    rsaJwk["q"] = Base64Url.EncodeToString(rsa.Q);
                    rsaJwk["dp"] = Base64Url.EncodeToString(rsa.DP);
                    rsaJwk["dq"] = Base64Url.EncodeToString(rsa.DQ);
                    rsaJwk["qi"] = Base64Url.EncodeToString(rsa.InverseQ);
                }

                return rsaJwk;
        }
    }

    /// <summary>Computes the RFC 7638 JWK thumbprint (SHA-256, base64url) of the public key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The thumbprint.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <seealso href="https://www.rfc-editor.org/rfc/rfc7638"/>
    public static string Thumbprint(CredentialKey key)
    {
        var jwk = Export(key);

        // RFC 7638 §3.2: the required members in lexicographic order, no whitespace.
        var members = key.Type switch
        {
            KeyType.Ed25519 => new[] { "crv", "kty", "x" },
            KeyType.P256 => ["crv", "kty", "x", "y"],
            _ => ["e", "kty", "n"],
        };
        var canonical = new JsonObject();
        foreach (var member in members)
        {
            canonical[member] = jwk[member]!.GetValue<string>();
        }

        return Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToJsonString())));
    }

    /// <summary>Imports a JWK; a private key is imported only when <paramref name="allowPrivateKey"/> is set.</summary>
    /// <param name="jwk">The JWK object.</param>
    /// <param name="allowPrivateKey">Whether private members are accepted; when not, a JWK with <c>d</c> is rejected with <see cref="VerificationCodes.KeyPrivateKeyExposed"/>.</param>
    /// <param name="key">The key on success.</param>
    /// <param name="errorCode">On failure, one of the <c>key.*</c> codes of <see cref="VerificationCodes"/>.</param>
    /// <returns><see langword="true"/> when the JWK is a valid key of a supported type.</returns>
    public static bool TryImport(JsonElement jwk, bool allowPrivateKey, [NotNullWhen(true)] out CredentialKey? key, [NotNullWhen(false)] out string? errorCode)
    {
        key = null;
        errorCode = VerificationCodes.KeyInvalidJwk;
        if (jwk.ValueKind != JsonValueKind.Object || !TryString(jwk, "kty", out var kty))
        {
            return false;
        }

        var hasPrivate = jwk.TryGetProperty("d", out _);
        if (hasPrivate && !allowPrivateKey)
        {
            errorCode = VerificationCodes.KeyPrivateKeyExposed;
            return false;
        }

        switch (kty)
        {
            case "OKP":
                if (!TryString(jwk, "crv", out var crv) || crv != "Ed25519")
                {
                    errorCode = VerificationCodes.KeyUnsupportedType;
                    return false;
                }

                if (hasPrivate)
                {
                    if (!TryBytes(jwk, "d", out var seed) || !CredentialKey.TryImportEd25519Seed(seed, out key))
                    {
                        return false;
                    }

                    if (TryBytes(jwk, "x", out var x) && !x.AsSpan().SequenceEqual(key.ExportPublicKey()))
                    {
                        key.Dispose();
                        key = null;
                        return false;
                    }

                    break;
                }

                if (!TryBytes(jwk, "x", out var publicKey) || !CredentialKey.TryImportPublicKey(KeyType.Ed25519, publicKey, out key))
                {
                    return false;
                }

                break;
            case "EC":
                if (!TryString(jwk, "crv", out var curve) || curve != "P-256")
                {
                    errorCode = VerificationCodes.KeyUnsupportedType;
                    return false;
                }

                if (!TryBytes(jwk, "x", out var ecX) || !TryBytes(jwk, "y", out var ecY) || ecX.Length != 32 || ecY.Length != 32)
                {
                    return false;
                }

                byte[]? ecD = null;
                if (hasPrivate && (!TryBytes(jwk, "d", out ecD) || ecD.Length != 32))
                {
                    return false;
                }

                var ecParameters = new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = new ECPoint { X = ecX, Y = ecY }, D = ecD };
                if (!CredentialKey.TryCreateEcdsa(ecParameters, out key))
                {
                    return false;
                }

                break;
            case "RSA":
                if (!TryBytes(jwk, "n", out var n) || !TryBytes(jwk, "e", out var e))
                {
                    return false;
                }

                var rsaParameters = new RSAParameters { Modulus = n, Exponent = e };
                if (hasPrivate)
                {
                    var values = new byte[_rsaPrivateMembers.Length][];
                    for (var i = 0; i < values.Length; i++)
                    {
                        if (!TryBytes(jwk, _rsaPrivateMembers[i], out values[i]))
                        {
                            return false;
                        }
                    }

                    rsaParameters.D = values[0];
                    rsaParameters.P = values[1];
                    rsaParameters.Q = values[2];
                    rsaParameters.DP = values[3];
                    rsaParameters.DQ = values[4];
                    rsaParameters.InverseQ = values[5];
                }

                if (!CredentialKey.TryCreateRsa(rsaParameters, out key))
                {
                    return false;
                }

                break;
            default:
                errorCode = VerificationCodes.KeyUnsupportedType;
                return false;
        }

        errorCode = null;
        return true;
    }

    private static bool TryString(JsonElement jwk, string name, [NotNullWhen(true)] out string? value)
    {
        value = jwk.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        return value is not null;
    }

    private static bool TryBytes(JsonElement jwk, string name, out byte[] value)
    {
        value = [];
        if (!TryString(jwk, name, out var text) || text.Length > 4096)
        {
            return false;
        }

        try
        {
            value = Base64Url.DecodeFromChars(text);
            return value.Length > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
