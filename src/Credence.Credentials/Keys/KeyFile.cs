using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using Credence.Credentials.Verification;

namespace Credence.Credentials.Keys;

/// <summary>A key as stored in a key file: the W3C Multikey form (<c>id</c>, <c>controller</c>, <c>publicKeyMultibase</c>,
/// <c>secretKeyMultibase</c>) for Ed25519 and P-256, a <c>JsonWebKey</c> form (<c>publicKeyJwk</c>, <c>secretKeyJwk</c>) for RSA;
/// a bare JWK, and <c>privateKeyMultibase</c> as an older name of <c>secretKeyMultibase</c>, are read too.</summary>
/// <param name="Id">The verification method id (for example <c>did:key:z…#z…</c>), when known.</param>
/// <param name="Controller">The controller (the issuer's DID or URL), when known.</param>
/// <param name="Key">The key.</param>
/// <seealso href="https://www.w3.org/TR/cid-1.0/#Multikey"/>
public sealed record KeyFile(string? Id, string? Controller, CredentialKey Key)
{
    // A key file is a few hundred bytes; an RSA-4096 JWK with CRT values about 3.5 KB.
    private const int MaxLength = 64 * 1024;

    /// <summary>Serializes the key file as indented JSON.</summary>
    /// <param name="includeSecretKey">Whether to write the private part.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentException"><paramref name="includeSecretKey"/> is set for a key without a private part.</exception>
    public string ToJson(bool includeSecretKey = true)
    {
        var json = new JsonObject();
        var multikey = Key.Type != KeyType.Rsa;
        json["@context"] = multikey ? "https://w3id.org/security/multikey/v1" : "https://w3id.org/security/jwk/v1";
        json["type"] = multikey ? "Multikey" : "JsonWebKey";
        if (Id is not null)
        {
            json["id"] = Id;
        }

        if (Controller is not null)
        {
            json["controller"] = Controller;
        }

        if (multikey)
        {
            json["publicKeyMultibase"] = Multikey.EncodePublicKey(Key);
            if (includeSecretKey)
            {
                json["secretKeyMultibase"] = Multikey.EncodeSecretKey(Key);
            }
        }
        else
        {
            json["publicKeyJwk"] = JsonWebKey.Export(Key);
            if (includeSecretKey)
            {
                json["secretKeyJwk"] = JsonWebKey.Export(Key, includePrivateKey: true);
            }
        }

        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>Reads a key file.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="keyFile">The key file on success.</param>
    /// <param name="errorCode">On failure, one of the <c>key.*</c> codes of <see cref="VerificationCodes"/>.</param>
    /// <returns><see langword="true"/> when the text is a valid key file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static bool TryParse(string json, [NotNullWhen(true)] out KeyFile? keyFile, [NotNullWhen(false)] out string? errorCode)
    {
        ArgumentNullException.ThrowIfNull(json);
        keyFile = null;
        errorCode = VerificationCodes.KeyInvalidKeyFile;
        if (json.Length > MaxLength)
        {
            return false;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            var id = OptionalString(root, "id");
            var controller = OptionalString(root, "controller");
            CredentialKey? key;
            if (root.TryGetProperty("kty", out _))
            {
                if (!JsonWebKey.TryImport(root, allowPrivateKey: true, out key, out errorCode))
                {
                    return false;
                }
            }
            else if (root.TryGetProperty("secretKeyJwk", out var secretJwk))
            {
                if (!JsonWebKey.TryImport(secretJwk, allowPrivateKey: true, out key, out errorCode))
                {
                    return false;
                }
            }
            else if (root.TryGetProperty("publicKeyJwk", out var publicJwk))
            {
                if (!JsonWebKey.TryImport(publicJwk, allowPrivateKey: false, out key, out errorCode))
                {
                    return false;
                }
            }
            else if (root.TryGetProperty("secretKeyMultibase", out var secret) || root.TryGetProperty("privateKeyMultibase", out secret))
            {
                if (!Multikey.TryDecodeSecretKey(secret.ValueKind == JsonValueKind.String ? secret.GetString() : null, out key, out errorCode))
                {
                    return false;
                }

                var publicMultibase = OptionalString(root, "publicKeyMultibase");
                if (publicMultibase is not null && publicMultibase != Multikey.EncodePublicKey(key))
                {
                    key.Dispose();
                    errorCode = VerificationCodes.KeyMismatch;
                    return false;
                }
            }
            else if (!Multikey.TryDecodePublicKey(OptionalString(root, "publicKeyMultibase"), out key, out errorCode))
            {
                return false;
            }

            keyFile = new KeyFile(id, controller, key);
            errorCode = null;
            return true;
        }
    }

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
