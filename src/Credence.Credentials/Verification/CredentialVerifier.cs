using System.Text;
using System.Text.Json;
using Credence.Credentials.Baking;
using Credence.Credentials.Contexts;
using Credence.Credentials.DataIntegrity;
using Credence.Credentials.Documents;
using Credence.Credentials.Jwt;
using Credence.Credentials.Schemas;
using Credence.Credentials.Status;
using Credence.JsonLd;

namespace Credence.Credentials.Verification;

/// <summary>Verifies Open Badges 3.0 and CLR 2.0 credentials (JSON, VC-JWT, baked PNG or SVG) in the order of the Open Badges 3.0
/// verification section, reporting every check with a stable code.</summary>
/// <remarks>Every credential is expanded in JSON-LD safe mode with the bundled contexts; embedded proofs (<c>eddsa-rdfc-2022</c>,
/// <c>eddsa-2022</c>, <c>Ed25519Signature2020</c>) are verified with RDFC-1.0, VC-JWT proofs with <see cref="VcJwt"/>.</remarks>
/// <seealso href="https://www.imsglobal.org/spec/ob/v3p0/#verification-and-validation"/>
public sealed class CredentialVerifier
{
    // A credential with embedded endorsements and images stays far below this; larger input is refused before parsing.
    private const int MaxCredentialBytes = 16 * 1024 * 1024;

    private static readonly string[] _credentialTypes = ["OpenBadgeCredential", "AchievementCredential", "EndorsementCredential", "ClrCredential"];

    private readonly VerifierOptions _options;
    private readonly StatusChecker _status;
    private readonly DataIntegrityOptions _dataIntegrity;

    /// <summary>Initializes a new instance of the <see cref="CredentialVerifier"/> class.</summary>
    /// <param name="options">The options; null for offline verification with the system clock.</param>
    public CredentialVerifier(VerifierOptions? options = null)
    {
        _options = options ?? new VerifierOptions();
        _dataIntegrity = new DataIntegrityOptions { Fetcher = _options.Fetcher };
        _status = new StatusChecker(new StatusCheckOptions
        {
            Fetcher = _options.Fetcher,
            TimeProvider = _options.TimeProvider,
            ListCredentialVerifier = VerifyListCredentialAsync,
        });
    }

    /// <summary>Verifies a credential given as bytes: a baked PNG or SVG, or UTF-8 JSON or compact JWS.</summary>
    /// <param name="input">The bytes.</param>
    /// <param name="cancellationToken">Cancels fetches.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public async Task<VerificationReport> VerifyAsync(byte[] input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var checks = new List<Check>();
        // JSON starts with '{' and a compact JWS with "eyJ" once whitespace and a byte order mark are skipped; anything else is an image.
        var head = input.AsSpan();
        if (head.StartsWith("\uFEFF"u8))
        {
            head = head[3..];
        }

        head = head.TrimStart(" \t\r\n"u8);
        var text = head.Length > 0 && head[0] is (byte)'{' or (byte)'e' ? null : UnbakeInto(input, checks);
        if (checks.Count > 0 && checks[^1].Status == CheckStatus.Failed)
        {
            return new VerificationReport(checks);
        }

        await VerifyTextAsync(text ?? Encoding.UTF8.GetString(head), string.Empty, 0, checks, cancellationToken).ConfigureAwait(false);
        return new VerificationReport(checks);
    }

    /// <summary>Verifies a credential given as JSON text or a compact JWS.</summary>
    /// <param name="credential">The credential.</param>
    /// <param name="cancellationToken">Cancels fetches.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="credential"/> is null.</exception>
    public async Task<VerificationReport> VerifyAsync(string credential, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credential);
        var checks = new List<Check>();
        await VerifyTextAsync(credential, string.Empty, 0, checks, cancellationToken).ConfigureAwait(false);
        return new VerificationReport(checks);
    }

    private static string? UnbakeInto(byte[] input, List<Check> checks)
    {
        var unbaked = BadgeBaker.Unbake(input);
        if (unbaked.Problem is { } problem)
        {
            checks.Add(problem);
            return null;
        }

        checks.Add(Check.Passed(VerificationCodes.Ob3Format, "A credential was extracted from the baked image."));
        return unbaked.Credential;
    }

    private async Task VerifyTextAsync(string text, string path, int depth, List<Check> checks, CancellationToken cancellationToken)
    {
        if (Encoding.UTF8.GetByteCount(text) > MaxCredentialBytes)
        {
            checks.Add(Check.Failed(VerificationCodes.Ob3Format, $"The credential is larger than {MaxCredentialBytes} bytes.", Root(path)));
            return;
        }

        if (CompactJws.LooksLikeJws(text))
        {
            var jwt = await VcJwt.VerifyAsync(text, new JwtVerifyOptions { Fetcher = _options.Fetcher, TimeProvider = _options.TimeProvider, ClockSkew = _options.ClockSkew }, cancellationToken).ConfigureAwait(false);
            checks.AddRange(jwt.Report.Checks.Select(c => Prefix(c, path)));
            if (jwt.Credential is not null)
            {
                using var payload = JsonDocument.Parse(jwt.Credential);
                await VerifyDocumentAsync(payload.RootElement, path, depth, securedByJwt: true, checks, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException exception)
        {
            checks.Add(Check.Failed(VerificationCodes.Ob3Format, $"The credential is neither JSON nor a compact JWS: {exception.Message}", Root(path)));
            return;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                checks.Add(Check.Failed(VerificationCodes.Ob3Format, "The credential is not a JSON object.", Root(path)));
                return;
            }

            checks.Add(Check.Passed(VerificationCodes.Ob3Format, "The credential is a JSON object.", Root(path)));
            await VerifyDocumentAsync(document.RootElement, path, depth, securedByJwt: false, checks, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task VerifyDocumentAsync(JsonElement credential, string path, int depth, bool securedByJwt, List<Check> checks, CancellationToken cancellationToken)
    {
        var isVc11 = FirstContext(credential) == "https://www.w3.org/2018/credentials/v1";
        checks.Add(await CheckJsonLdAsync(credential, path, cancellationToken).ConfigureAwait(false));
        checks.Add(CheckContext(credential, path));
        checks.Add(CheckType(credential, path));
        checks.AddRange(CredentialSchemas.Validate(credential).Select(c => Prefix(c, path)));
        checks.AddRange(CredentialSchemas.ValidateCredentialSchemas(credential).Select(c => Prefix(c, path)));
        checks.Add(CheckSubjectIdentified(credential, path));
        if (!securedByJwt)
        {
            checks.AddRange((await DataIntegrityProofs.VerifyAsync(credential, _dataIntegrity, cancellationToken).ConfigureAwait(false)).Select(c => Prefix(c, path)));
        }

        checks.Add(credential.TryGetProperty("refreshService", out _)
            ? Check.Skipped(VerificationCodes.Ob3Refresh, "The refresh service is optional and is not contacted.", path + "/refreshService")
            : Check.Skipped(VerificationCodes.Ob3Refresh, "The credential has no refresh service.", path + "/refreshService"));
        checks.AddRange((await _status.CheckAsync(credential, cancellationToken).ConfigureAwait(false)).Select(c => Prefix(c, path)));
        checks.AddRange(CheckValidity(credential, isVc11, path));
        if (depth < _options.MaxNestingDepth)
        {
            await VerifyNestedAsync(credential, path, depth, checks, cancellationToken).ConfigureAwait(false);
        }

        if (_options.ExpectedRecipient is { } recipient && depth == 0)
        {
            var subject = Subject(credential);
            checks.Add(subject.ValueKind == JsonValueKind.Object && RecipientMatch.Matches(subject, recipient)
                ? Check.Passed(VerificationCodes.Ob3Recipient, "The credential was awarded to the expected recipient.", "/credentialSubject")
                : Check.Failed(VerificationCodes.Ob3Recipient, "The credential was not awarded to the expected recipient.", "/credentialSubject"));
        }
    }

    private async Task VerifyNestedAsync(JsonElement credential, string path, int depth, List<Check> checks, CancellationToken cancellationToken)
    {
        var nested = new List<(string Path, string Text)>();
        Collect(credential, "endorsement", path + "/endorsement", nested);
        Collect(credential, "endorsementJwt", path + "/endorsementJwt", nested);
        if (credential.TryGetProperty("issuer", out var issuer) && issuer.ValueKind == JsonValueKind.Object)
        {
            Collect(issuer, "endorsement", path + "/issuer/endorsement", nested);
            Collect(issuer, "endorsementJwt", path + "/issuer/endorsementJwt", nested);
        }

        var subject = Subject(credential);
        if (subject.ValueKind == JsonValueKind.Object)
        {
            if (subject.TryGetProperty("achievement", out var achievement) && achievement.ValueKind == JsonValueKind.Object)
            {
                Collect(achievement, "endorsement", path + "/credentialSubject/achievement/endorsement", nested);
                Collect(achievement, "endorsementJwt", path + "/credentialSubject/achievement/endorsementJwt", nested);
            }

            Collect(subject, "verifiableCredential", path + "/credentialSubject/verifiableCredential", nested);
        }

        foreach (var (nestedPath, text) in nested)
        {
            await VerifyTextAsync(text, nestedPath, depth + 1, checks, cancellationToken).ConfigureAwait(false);
        }
    }

    private static void Collect(JsonElement owner, string property, string path, List<(string, string)> nested)
    {
        if (!owner.TryGetProperty(property, out var value))
        {
            return;
        }

        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
        for (var i = 0; i < items.Count; i++)
        {
            nested.Add(($"{path}/{i}", items[i].ValueKind == JsonValueKind.String ? items[i].GetString()! : items[i].GetRawText()));
        }
    }

    private async Task<Check> CheckJsonLdAsync(JsonElement credential, string path, CancellationToken cancellationToken)
    {
        // OB 3.0 verification step 2: the credential must be valid JSON-LD that loses nothing when expanded (safe mode).
        // Note: the proof is left out, as Data Integrity leaves it out of what is signed; proofs of other suites may use their own terms.
        try
        {
            var options = new JsonLdOptions { DocumentLoader = _dataIntegrity.DocumentLoader ?? BundledContexts.SharedLoader, SafeMode = true };
            await JsonLdProcessor.ExpandAsync(ProofDocuments.Unsecured(credential), options, cancellationToken).ConfigureAwait(false);
            return Check.Passed(VerificationCodes.Ob3JsonLd, "The credential is valid JSON-LD in safe mode with the bundled contexts.", Root(path));
        }
        catch (JsonLdException exception)
        {
            return Check.Failed(VerificationCodes.Ob3JsonLd, $"The credential is not valid JSON-LD in safe mode ({exception.Code}): {exception.Message}", Root(path));
        }
    }

    private static Check CheckContext(JsonElement credential, string path)
    {
        var contexts = Strings(credential, "@context");
        if (contexts.Count == 0 || contexts[0] is not ("https://www.w3.org/ns/credentials/v2" or "https://www.w3.org/2018/credentials/v1"))
        {
            return Check.Failed(VerificationCodes.Ob3Context, "The first @context must be the Verifiable Credentials context.", path + "/@context");
        }

        return contexts.Any(c => c.StartsWith("https://purl.imsglobal.org/spec/ob/v3p0/", StringComparison.Ordinal) || c.StartsWith("https://purl.imsglobal.org/spec/clr/v2p0/", StringComparison.Ordinal))
            ? Check.Passed(VerificationCodes.Ob3Context, "The Verifiable Credentials and Open Badges / CLR contexts are present.", path + "/@context")
            : Check.Failed(VerificationCodes.Ob3Context, "No Open Badges 3.0 or CLR 2.0 context is present.", path + "/@context");
    }

    private static Check CheckType(JsonElement credential, string path)
    {
        var types = Strings(credential, "type");
        return types.Contains("VerifiableCredential") && types.Any(t => _credentialTypes.Contains(t))
            ? Check.Passed(VerificationCodes.Ob3Type, "The type names a Verifiable Credential of an Open Badges or CLR kind.", path + "/type")
            : Check.Failed(VerificationCodes.Ob3Type, "The type must include VerifiableCredential and one of OpenBadgeCredential, AchievementCredential, EndorsementCredential, ClrCredential.", path + "/type");
    }

    private static Check CheckSubjectIdentified(JsonElement credential, string path)
    {
        var subject = Subject(credential);
        var identified = subject.ValueKind == JsonValueKind.Object
            && ((subject.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
                || (subject.TryGetProperty("identifier", out var identifier) && identifier.ValueKind is JsonValueKind.Object or JsonValueKind.Array));
        return identified
            ? Check.Passed(VerificationCodes.Ob3SubjectIdentified, "The subject has an id or an identifier.", path + "/credentialSubject")
            : Check.Failed(VerificationCodes.Ob3SubjectIdentified, "The subject has neither an id nor an identifier.", path + "/credentialSubject");
    }

    private async Task<VerificationReport> VerifyListCredentialAsync(string listCredential, CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(listCredential);
        return new VerificationReport(await DataIntegrityProofs.VerifyAsync(document.RootElement, _dataIntegrity, cancellationToken).ConfigureAwait(false));
    }

    private List<Check> CheckValidity(JsonElement credential, bool isVc11, string path)
    {
        var now = _options.TimeProvider.GetUtcNow();
        var (fromName, untilName) = isVc11 ? ("issuanceDate", "expirationDate") : ("validFrom", "validUntil");
        var checks = new List<Check>();
        foreach (var (name, isStart) in new[] { (fromName, true), (untilName, false) })
        {
            if (!credential.TryGetProperty(name, out var value))
            {
                continue;
            }

            if (value.ValueKind != JsonValueKind.String || !XsdDateTime.TryParse(value.GetString(), out var instant))
            {
                checks.Add(Check.Failed(VerificationCodes.Ob3Validity, $"{name} is not an xsd:dateTime.", $"{path}/{name}"));
            }
            else if (isStart && instant - _options.ClockSkew > now)
            {
                checks.Add(Check.Failed(VerificationCodes.Ob3NotYetValid, $"The credential is not valid before {value.GetString()}.", $"{path}/{name}"));
            }
            else if (!isStart && instant + _options.ClockSkew < now)
            {
                checks.Add(Check.Failed(VerificationCodes.Ob3Expired, $"The credential expired at {value.GetString()}.", $"{path}/{name}"));
            }
        }

        if (checks.Count == 0)
        {
            checks.Add(Check.Passed(VerificationCodes.Ob3Validity, "The credential is within its validity period.", path + "/" + fromName));
        }

        return checks;
    }

    private static JsonElement Subject(JsonElement credential)
    {
        if (!credential.TryGetProperty("credentialSubject", out var subject))
        {
            return default;
        }

        return subject.ValueKind == JsonValueKind.Array && subject.GetArrayLength() > 0 ? subject[0] : subject;
    }

    private static string? FirstContext(JsonElement credential) => Strings(credential, "@context").FirstOrDefault();

    private static List<string> Strings(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return [];
        }

        return (value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : Enumerable.Repeat(value, 1))
            .Where(v => v.ValueKind == JsonValueKind.String)
            .Select(v => v.GetString()!)
            .ToList();
    }

    private static string Root(string path) => path.Length == 0 ? "/" : path;

    private static Check Prefix(Check check, string path) =>
        path.Length == 0 ? check : check with { Path = check.Path is null ? path : path + (check.Path.StartsWith('/') ? check.Path : "/" + check.Path) };
}
