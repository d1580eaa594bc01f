using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Credence.Credentials.Dids;
using Credence.Credentials.Keys;
using Credence.Credentials.Verification;

namespace Credence.Credentials.Jwt;

/// <summary>Open Badges 3.0 / CLR 2.0 credentials secured as a JWS compact serialization (VC-JWT): issue and verify.</summary>
/// <remarks>The payload is the credential with the JWT claims <c>iss</c> (issuer id), <c>jti</c> (credential id), <c>sub</c>
/// (subject id), <c>nbf</c> (<c>validFrom</c>) and <c>exp</c> (<c>validUntil</c>) added; VC 1.1 credentials go in a <c>vc</c>
/// claim instead, and <c>vc</c> payloads are accepted when verifying.</remarks>
/// <seealso href="https://www.imsglobal.org/spec/ob/v3p0/#jwt-proof-format"/>
public static class VcJwt
{
    // A baked badge with an embedded image stays far below this; larger tokens are refused before decoding.
    private const int MaxTokenLength = 4 * 1024 * 1024;

    private static readonly string[] _claimNames = ["iss", "jti", "sub", "nbf", "exp", "iat"];

    /// <summary>Signs <paramref name="credentialJson"/> as a VC-JWT with RS256, ES256 or EdDSA, as the key's type dictates.</summary>
    /// <param name="credentialJson">The unsigned credential (a JSON object).</param>
    /// <param name="key">The issuer's signing key.</param>
    /// <param name="options">How to identify the key; null embeds the public key as <c>jwk</c>.</param>
    /// <returns>The compact JWS.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The credential is not a JSON object, has a non-string date, or the key cannot sign.</exception>
    public static string Issue(string credentialJson, CredentialKey key, JwtIssueOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(credentialJson);
        ArgumentNullException.ThrowIfNull(key);
        if (!key.HasPrivateKey)
        {
            throw new ArgumentException("Issuing needs a key with its private part.", nameof(key));
        }

        options ??= new JwtIssueOptions();
        using var credential = ParseObject(credentialJson, nameof(credentialJson));
        var root = credential.RootElement;
        var isVc11 = UsesVc11Context(root);

        var header = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(header))
        {
            writer.WriteStartObject();
            writer.WriteString("alg", key.JwsAlgorithm);
            writer.WriteString("typ", "JWT");
            if (options.KeyId is not null)
            {
                writer.WriteString("kid", options.KeyId);
            }
            else
            {
                writer.WritePropertyName("jwk");
                JsonWebKey.Export(key).WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        var payload = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(payload))
        {
            writer.WriteStartObject();
            if (isVc11)
            {
                writer.WritePropertyName("vc");
                root.WriteTo(writer);
            }
            else
            {
                foreach (var property in root.EnumerateObject().Where(p => !_claimNames.Contains(p.Name)))
                {
                    property.WriteTo(writer);
                }
            }

            WriteClaims(writer, root, isVc11, options.IssuedAt);
            writer.WriteEndObject();
        }

        var signingInput = Base64Url.EncodeToString(header.WrittenSpan) + "." + Base64Url.EncodeToString(payload.WrittenSpan);
        var signature = key.Sign(Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    /// <summary>Verifies a VC-JWT: format, algorithm, key (header <c>jwk</c> or <c>kid</c>), signature, and the claims against the credential.</summary>
    /// <param name="compactJws">The compact JWS.</param>
    /// <param name="options">Where keys come from and the clock; null for offline verification with the system clock.</param>
    /// <param name="cancellationToken">Cancels a key fetch.</param>
    /// <returns>Every check with its status, and the credential carried.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="compactJws"/> is null.</exception>
    public static async Task<JwtVerification> VerifyAsync(string compactJws, JwtVerifyOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(compactJws);
        options ??= new JwtVerifyOptions();
        var checks = new List<Check>();
        if (!CompactJws.TryParse(compactJws.Trim(), MaxTokenLength, out var jws, out var formatProblem))
        {
            checks.Add(Check.Failed(VerificationCodes.JwtFormat, formatProblem));
            return new JwtVerification(new VerificationReport(checks), null, false);
        }

        using (jws)
        {
            checks.Add(Check.Passed(VerificationCodes.JwtFormat, "The JWT is a well-formed JWS compact serialization."));
            var header = jws.Header.RootElement;
            var payload = jws.Payload.RootElement;
            var usesVcClaim = payload.TryGetProperty("vc", out var vc) && vc.ValueKind == JsonValueKind.Object;
            var credential = usesVcClaim ? vc : payload;

            var algorithm = header.TryGetProperty("alg", out var alg) && alg.ValueKind == JsonValueKind.String ? alg.GetString() : null;
            var keyType = algorithm switch
            {
                "RS256" => KeyType.Rsa,
                "ES256" => KeyType.P256,
                "EdDSA" => KeyType.Ed25519,
                _ => (KeyType?)null,
            };
            if (keyType is null)
            {
                checks.Add(Check.Failed(VerificationCodes.JwtAlgorithm, $"The algorithm '{algorithm}' is not accepted (RS256, ES256 or EdDSA).", "header.alg"));
            }
            else
            {
                checks.Add(Check.Passed(VerificationCodes.JwtAlgorithm, $"The algorithm is {algorithm}.", "header.alg"));
                var keyCheck = await ResolveKeyAsync(header, options, cancellationToken).ConfigureAwait(false);
                checks.Add(keyCheck.Check);
                if (keyCheck.Key is not null)
                {
                    if (keyCheck.Key.Type != keyType)
                    {
                        checks.Add(Check.Failed(VerificationCodes.JwtSignature, $"The key is {keyCheck.Key.Type}, but the header says {algorithm}."));
                    }
                    else if (keyCheck.Key.Verify(Encoding.ASCII.GetBytes(jws.SigningInput), jws.Signature))
                    {
                        checks.Add(Check.Passed(VerificationCodes.JwtSignature, "The signature is valid."));
                    }
                    else
                    {
                        checks.Add(Check.Failed(VerificationCodes.JwtSignature, "The signature does not match the header and payload."));
                    }
                }
            }

            CheckClaims(payload, credential, options, checks);
            return new JwtVerification(new VerificationReport(checks), credential.GetRawText(), usesVcClaim);
        }
    }

    private static async Task<(CredentialKey? Key, Check Check)> ResolveKeyAsync(JsonElement header, JwtVerifyOptions options, CancellationToken cancellationToken)
    {
        if (header.TryGetProperty("jwk", out var jwk))
        {
            // OB 3.0: the header's jwk must be a public key; a private key in it means the issuer leaked its key.
            return JsonWebKey.TryImport(jwk, allowPrivateKey: false, out var key, out var code)
                ? (key, Check.Passed(VerificationCodes.JwtKey, "The public key is embedded in the header.", "header.jwk"))
                : (null, Check.Failed(code, "The header's jwk is not a usable public key.", "header.jwk"));
        }

        if (header.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String)
        {
            var resolution = await new DidResolver(options.Fetcher).ResolveAsync(kid.GetString()!, cancellationToken).ConfigureAwait(false);
            if (resolution.Method is not null)
            {
                return (resolution.Method.Key, Check.Passed(VerificationCodes.JwtKey, $"The key {kid.GetString()} was resolved.", "header.kid"));
            }

            var problem = resolution.Problem ?? Check.Failed(VerificationCodes.DidMethodNotFound, $"{kid.GetString()} names no verification method.");
            return (null, problem with { Path = "header.kid" });
        }

        return (null, Check.NotChecked(VerificationCodes.JwtKey, "The header names no key (neither jwk nor kid), so the issuer's key cannot be obtained offline and the signature was not checked."));
    }

    private static void CheckClaims(JsonElement payload, JsonElement credential, JwtVerifyOptions options, List<Check> checks)
    {
        var mismatches = new List<Check>();
        CompareClaim(payload, "iss", IssuerId(credential), "issuer.id", required: true, mismatches);
        CompareClaim(payload, "jti", StringProperty(credential, "id"), "id", required: false, mismatches);
        CompareClaim(payload, "sub", SubjectId(credential), "credentialSubject.id", required: false, mismatches);
        checks.AddRange(mismatches);
        if (mismatches.Count == 0)
        {
            checks.Add(Check.Passed(VerificationCodes.JwtClaims, "iss, jti and sub agree with the credential."));
        }

        var now = options.TimeProvider.GetUtcNow();
        if (TryNumericDate(payload, "nbf", out var notBefore))
        {
            checks.Add(notBefore - options.ClockSkew > now
                ? Check.Failed(VerificationCodes.JwtNotBefore, $"The JWT is not valid before {notBefore:O}.", "nbf")
                : Check.Passed(VerificationCodes.JwtNotBefore, $"The JWT is valid from {notBefore:O}.", "nbf"));
        }
        else if (payload.TryGetProperty("nbf", out _))
        {
            checks.Add(Check.Failed(VerificationCodes.JwtNotBefore, "nbf is not a NumericDate.", "nbf"));
        }

        if (TryNumericDate(payload, "exp", out var expires))
        {
            checks.Add(expires + options.ClockSkew < now
                ? Check.Failed(VerificationCodes.JwtExpiration, $"The JWT expired at {expires:O}.", "exp")
                : Check.Passed(VerificationCodes.JwtExpiration, $"The JWT expires at {expires:O}.", "exp"));
        }
        else if (payload.TryGetProperty("exp", out _))
        {
            checks.Add(Check.Failed(VerificationCodes.JwtExpiration, "exp is not a NumericDate.", "exp"));
        }
        else
        {
            checks.Add(Check.Skipped(VerificationCodes.JwtExpiration, "The JWT has no exp claim.", "exp"));
        }
    }

    private static void CompareClaim(JsonElement payload, string claim, string? expected, string credentialPath, bool required, List<Check> mismatches)
    {
        if (!payload.TryGetProperty(claim, out var value))
        {
            if (required)
            {
                mismatches.Add(Check.Failed(VerificationCodes.JwtClaims, $"The {claim} claim is missing.", claim));
            }

            return;
        }

        if (value.ValueKind != JsonValueKind.String || (expected is not null && value.GetString() != expected))
        {
            mismatches.Add(Check.Failed(VerificationCodes.JwtClaims, $"The {claim} claim does not equal {credentialPath} ('{expected}').", claim));
        }
    }

    private static void WriteClaims(Utf8JsonWriter writer, JsonElement credential, bool isVc11, DateTimeOffset? issuedAt)
    {
        if (IssuerId(credential) is { } issuer)
        {
            writer.WriteString("iss", issuer);
        }

        if (StringProperty(credential, "id") is { } id)
        {
            writer.WriteString("jti", id);
        }

        if (SubjectId(credential) is { } subject)
        {
            writer.WriteString("sub", subject);
        }

        if (Date(credential, isVc11 ? "issuanceDate" : "validFrom") is { } validFrom)
        {
            writer.WriteNumber("nbf", validFrom.ToUnixTimeSeconds());
        }

        if (Date(credential, isVc11 ? "expirationDate" : "validUntil") is { } validUntil)
        {
            writer.WriteNumber("exp", validUntil.ToUnixTimeSeconds());
        }

        if (issuedAt is { } iat)
        {
            writer.WriteNumber("iat", iat.ToUnixTimeSeconds());
        }
    }

    private static JsonDocument ParseObject(string json, string parameterName)
    {
        try
        {
            var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }

            document.Dispose();
        }
        catch (JsonException)
        {
        }

        throw new ArgumentException("The credential must be a JSON object.", parameterName);
    }

    private static bool UsesVc11Context(JsonElement credential) =>
        credential.TryGetProperty("@context", out var context)
        && (context.ValueKind == JsonValueKind.Array ? context.EnumerateArray().FirstOrDefault() : context) is { ValueKind: JsonValueKind.String } first
        && first.GetString() == "https://www.w3.org/2018/credentials/v1";

    private static string? StringProperty(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? IssuerId(JsonElement credential) =>
        credential.TryGetProperty("issuer", out var issuer) ? issuer.ValueKind == JsonValueKind.String ? issuer.GetString() : StringProperty(issuer, "id") : null;

    private static string? SubjectId(JsonElement credential)
    {
        if (!credential.TryGetProperty("credentialSubject", out var subject))
        {
            return null;
        }

        if (subject.ValueKind == JsonValueKind.Array)
        {
            subject = subject.GetArrayLength() == 1 ? subject[0] : default;
        }

        return StringProperty(subject, "id");
    }

    private static DateTimeOffset? Date(JsonElement credential, string name)
    {
        var text = StringProperty(credential, name);
        if (text is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : throw new ArgumentException($"The credential's {name} is not a date-time.", nameof(credential));
    }

    private static bool TryNumericDate(JsonElement payload, string claim, out DateTimeOffset value)
    {
        value = default;
        if (!payload.TryGetProperty(claim, out var element) || element.ValueKind != JsonValueKind.Number || !element.TryGetDouble(out var seconds)
            || seconds < -62135596800 || seconds > 253402300799)
        {
            return false;
        }

        value = DateTimeOffset.FromUnixTimeSeconds((long)Math.Floor(seconds));
        return true;
    }
}
