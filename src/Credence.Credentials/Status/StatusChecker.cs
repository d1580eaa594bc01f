using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Credence.Credentials.Documents;
using Credence.Credentials.Fetching;
using Credence.Credentials.Jwt;
using Credence.Credentials.Verification;

namespace Credence.Credentials.Status;

/// <summary>Checks a credential's <c>credentialStatus</c>: Bitstring Status List entries and the deprecated <c>1EdTechRevocationList</c>.</summary>
/// <remarks>One instance caches each list it fetched, so a batch fetches a list once. "Could not check" (a list unreachable, its proof
/// unverifiable) is <see cref="CheckStatus.NotChecked"/>; "checked and invalid" is <see cref="CheckStatus.Failed"/>.</remarks>
/// <seealso href="https://www.w3.org/TR/vc-bitstring-status-list/#validate-algorithm"/>
public sealed class StatusChecker
{
    private readonly StatusCheckOptions _options;
    private readonly ConcurrentDictionary<string, Lazy<Task<FetchResult>>> _lists = new(StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="StatusChecker"/> class.</summary>
    /// <param name="options">The options; null for offline checking with the system clock.</param>
    public StatusChecker(StatusCheckOptions? options = null) => _options = options ?? new StatusCheckOptions();

    /// <summary>Checks every <c>credentialStatus</c> entry of <paramref name="credential"/>.</summary>
    /// <param name="credential">The credential (a JSON object).</param>
    /// <param name="cancellationToken">Cancels fetches.</param>
    /// <returns>The checks; a single skipped check when the credential has no status.</returns>
    public async Task<IReadOnlyList<Check>> CheckAsync(JsonElement credential, CancellationToken cancellationToken)
    {
        if (credential.ValueKind != JsonValueKind.Object || !credential.TryGetProperty("credentialStatus", out var status))
        {
            return [Check.Skipped(VerificationCodes.StatusEntry, "The credential has no credentialStatus.", "credentialStatus")];
        }

        var entries = status.ValueKind == JsonValueKind.Array ? status.EnumerateArray().ToList() : [status];
        var checks = new List<Check>();
        for (var i = 0; i < entries.Count; i++)
        {
            var path = status.ValueKind == JsonValueKind.Array ? $"credentialStatus[{i}]" : "credentialStatus";
            checks.AddRange(await CheckEntryAsync(credential, entries[i], path, cancellationToken).ConfigureAwait(false));
        }

        return checks;
    }

    private async Task<IReadOnlyList<Check>> CheckEntryAsync(JsonElement credential, JsonElement entry, string path, CancellationToken cancellationToken)
    {
        var type = entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("type", out var t) ? t : default;
        if (HasType(type, "BitstringStatusListEntry"))
        {
            return [await CheckBitstringEntryAsync(entry, path, cancellationToken).ConfigureAwait(false)];
        }

        if (HasType(type, "1EdTechRevocationList"))
        {
            return [await CheckRevocationListAsync(credential, entry, path, cancellationToken).ConfigureAwait(false)];
        }

        return [Check.NotChecked(VerificationCodes.StatusUnsupportedType, $"The status type {type.GetRawText()} is not supported.", path + ".type")];
    }

    private async Task<Check> CheckBitstringEntryAsync(JsonElement entry, string path, CancellationToken cancellationToken)
    {
        // Read the entry: statusPurpose, statusListIndex (a decimal string; some issuers write a number), statusListCredential, statusSize.
        var purpose = String(entry, "statusPurpose");
        var listUrl = String(entry, "statusListCredential");
        if (purpose is null || listUrl is null || !Uri.TryCreate(listUrl, UriKind.Absolute, out var url)
            || !TryIndex(entry, out var index) || !TryStatusSize(entry, out var statusSize))
        {
            return Check.Failed(VerificationCodes.StatusMalformedValue, "The BitstringStatusListEntry lacks a valid statusPurpose, statusListIndex, statusListCredential or statusSize.", path);
        }

        var fetched = await FetchAsync(url, cancellationToken).ConfigureAwait(false);
        if (!fetched.Succeeded)
        {
            return Check.NotChecked(VerificationCodes.StatusRetrievalError, $"The status list {listUrl} could not be retrieved ({fetched.FailureCode}): {fetched.FailureMessage}", path + ".statusListCredential");
        }

        var (listCredential, proofProblem) = await ReadListCredentialAsync(fetched.Content!, cancellationToken).ConfigureAwait(false);
        if (proofProblem is not null)
        {
            return proofProblem with { Path = path + ".statusListCredential" };
        }

        using (listCredential)
        {
            var root = listCredential!.RootElement;
            if (!root.TryGetProperty("credentialSubject", out var subject) || subject.ValueKind != JsonValueKind.Object
                || !HasType(root.TryGetProperty("type", out var listType) ? listType : default, "BitstringStatusListCredential"))
            {
                return Check.Failed(VerificationCodes.StatusVerificationError, $"{listUrl} is not a BitstringStatusListCredential.", path + ".statusListCredential");
            }

            var now = _options.TimeProvider.GetUtcNow();
            if (XsdDateTime.TryParse(String(root, "validFrom"), out var validFrom) && validFrom > now)
            {
                return Check.Failed(VerificationCodes.StatusVerificationError, $"The status list {listUrl} is not valid before {String(root, "validFrom")}.", path);
            }

            if (XsdDateTime.TryParse(String(root, "validUntil"), out var validUntil) && validUntil < now)
            {
                return Check.Failed(VerificationCodes.StatusVerificationError, $"The status list {listUrl} expired at {String(root, "validUntil")}.", path);
            }

            // Validate algorithm step: the entry's purpose must be one of the list's purposes.
            if (!subject.TryGetProperty("statusPurpose", out var listPurpose) || !(HasType(listPurpose, purpose)))
            {
                return Check.Failed(VerificationCodes.StatusVerificationError, $"The entry's purpose '{purpose}' is not the list's purpose {listPurpose.ValueKind switch { JsonValueKind.Undefined => "(none)", _ => listPurpose.GetRawText() }}.", path + ".statusPurpose");
            }

            if (!BitstringStatusList.TryDecode(String(subject, "encodedList"), statusSize, out var list, out var decodeError))
            {
                return Check.Failed(decodeError, $"The encodedList of {listUrl} is not a valid Bitstring Status List.", path + ".statusListCredential");
            }

            if (index >= list.Length)
            {
                return Check.Failed(VerificationCodes.StatusRangeError, $"statusListIndex {index} is beyond the list's {list.Length} entries.", path + ".statusListIndex");
            }

            var value = list.Get((int)index);
            return purpose switch
            {
                "revocation" => value == 0
                    ? Check.Passed(VerificationCodes.StatusRevocation, $"Not revoked (entry {index} of {listUrl}).", path)
                    : Check.Failed(VerificationCodes.StatusRevocation, $"Revoked (entry {index} of {listUrl}).", path),
                "suspension" => value == 0
                    ? Check.Passed(VerificationCodes.StatusSuspension, $"Not suspended (entry {index} of {listUrl}).", path)
                    : Check.Failed(VerificationCodes.StatusSuspension, $"Suspended (entry {index} of {listUrl}).", path),
                _ => Check.Passed(VerificationCodes.StatusMessage, $"Status '{purpose}' is 0x{value:x} (entry {index} of {listUrl}).", path),
            };
        }
    }

    private async Task<Check> CheckRevocationListAsync(JsonElement credential, JsonElement entry, string path, CancellationToken cancellationToken)
    {
        var listUrl = String(entry, "id");
        var credentialId = String(credential, "id");
        if (listUrl is null || !Uri.TryCreate(listUrl, UriKind.Absolute, out var url))
        {
            return Check.Failed(VerificationCodes.StatusMalformedValue, "The 1EdTechRevocationList entry has no list URL as its id.", path + ".id");
        }

        var fetched = await FetchAsync(url, cancellationToken).ConfigureAwait(false);
        if (!fetched.Succeeded)
        {
            return Check.NotChecked(VerificationCodes.StatusRetrievalError, $"The revocation list {listUrl} could not be retrieved ({fetched.FailureCode}): {fetched.FailureMessage}", path + ".id");
        }

        if (credentialId is null)
        {
            return Check.Skipped(VerificationCodes.StatusRevocation, "The credential has no id, so a revocation list cannot name it.", path);
        }

        try
        {
            using var document = JsonDocument.Parse(fetched.Content!, new JsonDocumentOptions { MaxDepth = 16 });
            if (!document.RootElement.TryGetProperty("revokedCredentials", out var revoked) || revoked.ValueKind != JsonValueKind.Array)
            {
                return Check.Failed(VerificationCodes.StatusMalformedValue, $"{listUrl} has no revokedCredentials list.", path + ".id");
            }

            var isRevoked = revoked.EnumerateArray().Any(r => (r.ValueKind == JsonValueKind.String ? r.GetString() : String(r, "id")) == credentialId);
            const string Deprecated = " 1EdTechRevocationList is deprecated in favour of Bitstring Status List.";
            return isRevoked
                ? Check.Failed(VerificationCodes.StatusRevocation, $"Revoked ({listUrl}).{Deprecated}", path)
                : Check.Passed(VerificationCodes.StatusRevocation, $"Not revoked ({listUrl}).{Deprecated}", path);
        }
        catch (JsonException)
        {
            return Check.Failed(VerificationCodes.StatusMalformedValue, $"{listUrl} is not JSON.", path + ".id");
        }
    }

    private async Task<(JsonDocument? Credential, Check? Problem)> ReadListCredentialAsync(byte[] content, CancellationToken cancellationToken)
    {
        var text = Encoding.UTF8.GetString(content);
        if (CompactJws.LooksLikeJws(text))
        {
            var verification = await VcJwt.VerifyAsync(text, new JwtVerifyOptions { Fetcher = _options.Fetcher, TimeProvider = _options.TimeProvider }, cancellationToken).ConfigureAwait(false);
            if (verification.Report.HasFailures || verification.Credential is null)
            {
                return (null, Check.Failed(VerificationCodes.StatusVerificationError, "The status list credential (VC-JWT) does not verify."));
            }

            if (verification.Report.HasUncheckedParts)
            {
                return (null, Check.NotChecked(VerificationCodes.StatusListProof, "The status list credential's JWT signature could not be checked."));
            }

            return (JsonDocument.Parse(verification.Credential), null);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            return (null, Check.Failed(VerificationCodes.StatusVerificationError, "The status list credential is neither JSON nor a JWT."));
        }

        if (_options.ListCredentialVerifier is null)
        {
            document.Dispose();
            return (null, Check.NotChecked(VerificationCodes.StatusListProof, "No verifier for the status list credential's embedded proof was configured, so its status was not trusted."));
        }

        var report = await _options.ListCredentialVerifier(text, cancellationToken).ConfigureAwait(false);
        if (report.HasFailures || report.HasUncheckedParts)
        {
            document.Dispose();
            return (null, report.HasFailures
                ? Check.Failed(VerificationCodes.StatusVerificationError, "The status list credential does not verify.")
                : Check.NotChecked(VerificationCodes.StatusListProof, "The status list credential's proof could not be checked."));
        }

        return (document, null);
    }

    private Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        if (_options.Fetcher is not { } fetcher)
        {
            return Task.FromResult(FetchResult.Failure(VerificationCodes.FetchOffline, "Fetching is turned off."));
        }

        var key = url.GetLeftPart(UriPartial.Query);
        return _lists.GetOrAdd(key, _ => new Lazy<Task<FetchResult>>(() => fetcher.FetchAsync(new Uri(key), cancellationToken))).Value;
    }

    private static bool HasType(JsonElement type, string name) => type.ValueKind switch
    {
        JsonValueKind.String => type.GetString() == name,
        JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && t.GetString() == name),
        _ => false,
    };

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool TryIndex(JsonElement entry, out long index)
    {
        index = -1;
        if (!entry.TryGetProperty("statusListIndex", out var value))
        {
            return false;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() is { Length: > 0 and < 11 } text && text.All(char.IsAsciiDigit) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out index),
            JsonValueKind.Number => value.TryGetInt64(out index) && index >= 0,
            _ => false,
        };
    }

    private static bool TryStatusSize(JsonElement entry, out int statusSize)
    {
        statusSize = 1;
        if (!entry.TryGetProperty("statusSize", out var value))
        {
            return true;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out statusSize) && statusSize is >= 1 and <= 8;
    }
}
