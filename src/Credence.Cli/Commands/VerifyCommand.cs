using System.CommandLine;
using System.Text;
using System.Text.Json;
using Credence.Credentials.Dids;
using Credence.Credentials.Fetching;
using Credence.Credentials.Verification;

namespace Credence.Cli.Commands;

/// <summary>
/// <c>credence verify FILE [--json] [--batch] [--offline] [--status-list FILE] [--did-document FILE]</c>: verifies
/// credentials (JSON, VC-JWT, baked PNG or SVG) and reports every check with its code and status; exits 0 only
/// when every credential verified. With <c>--batch</c> the lines are verified in parallel and reported in input order.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The credential: JSON, VC-JWT, baked PNG or SVG; - reads standard input." };
        var json = new Option<bool>("--json") { Description = "Machine output: one JSON report per credential." };
        var batch = new Option<bool>("--batch") { Description = "JSON Lines: one credential (JSON object or JWT string) per input line, one report per credential." };
        var offline = new Option<bool>("--offline") { Description = "Fetch nothing: documents not given as files are reported as not checked." };
        var statusList = new Option<string[]>("--status-list") { Description = "A status list credential to use instead of fetching it (by its id)." };
        var didDocument = new Option<string[]>("--did-document") { Description = "A did:web DID document to use instead of fetching it (by its id)." };
        var command = new Command("verify", "Verify Open Badges 3.0 and CLR 2.0 credentials.") { file, json, batch, offline, statusList, didDocument };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var asJson = parseResult.GetValue(json);
            byte[] input;
            List<KeyValuePair<string, byte[]>> documents;
            try
            {
                input = await CredentialFiles.ReadAsync(context, parseResult.GetValue(file)!, cancellationToken).ConfigureAwait(false);
                documents = await LoadDocumentsAsync(parseResult.GetValue(statusList) ?? [], parseResult.GetValue(didDocument) ?? [], cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return await CredentialFiles.FailAsync(context, CliCodes.ReadFailed, ex.Message, ExitCodes.Usage, asJson).ConfigureAwait(false);
            }
            catch (InvalidDataException ex)
            {
                return await CredentialFiles.FailAsync(context, CliCodes.InvalidDocument, ex.Message, ExitCodes.Usage, asJson).ConfigureAwait(false);
            }

            using var network = parseResult.GetValue(offline) ? null : new GuardedHttpDocumentFetcher();
            var verifier = new CredentialVerifier(new VerifierOptions
            {
                TimeProvider = context.Time,
                Fetcher = new DocumentFetchers(new StaticDocumentFetcher(documents), network),
            });
            VerificationReport[] reports;
            if (parseResult.GetValue(batch))
            {
                var lines = CredentialFiles.Lines(Encoding.UTF8.GetString(input));
                reports = new VerificationReport[lines.Count];
                await Parallel.ForAsync(0, lines.Count, cancellationToken, async (i, ct) =>
                    reports[i] = await verifier.VerifyAsync(Unquote(lines[i]), ct).ConfigureAwait(false)).ConfigureAwait(false);
            }
            else
            {
                reports = [await verifier.VerifyAsync(input, cancellationToken).ConfigureAwait(false)];
            }

            for (var i = 0; i < reports.Length; i++)
            {
                await (asJson ? WriteJsonAsync(context, reports[i]) : WriteTextAsync(context, reports[i], reports.Length > 1 ? i + 1 : null)).ConfigureAwait(false);
            }

            var unverified = reports.Count(r => !r.IsVerified);
            if (unverified == 0)
            {
                return ExitCodes.Ok;
            }

            return await CredentialFiles.FailAsync(context, CliCodes.NotVerified, $"{unverified} of {reports.Length} credential(s) did not verify.", ExitCodes.NegativeVerdict, asJson).ConfigureAwait(false);
        });
        return command;
    }

    // A JWT line may be given bare or as a JSON string.
    private static string Unquote(string line)
    {
        var trimmed = line.Trim();
        return trimmed.StartsWith('"') ? JsonSerializer.Deserialize<string>(trimmed) ?? trimmed : trimmed;
    }

    private static async Task<List<KeyValuePair<string, byte[]>>> LoadDocumentsAsync(string[] statusLists, string[] didDocuments, CancellationToken cancellationToken)
    {
        var documents = new List<KeyValuePair<string, byte[]>>();
        foreach (var path in statusLists)
        {
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            var id = IdOf(path, bytes);
            if (!Uri.TryCreate(id, UriKind.Absolute, out var url))
            {
                throw new InvalidDataException($"{path}: the status list credential's id {id} is not an absolute URL.");
            }

            documents.Add(new(url.AbsoluteUri, bytes));
        }

        foreach (var path in didDocuments)
        {
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            var id = IdOf(path, bytes);
            if (!DidWeb.TryGetDocumentUrl(id, out var url))
            {
                throw new InvalidDataException($"{path}: {id} is not a did:web identifier.");
            }

            documents.Add(new(url.AbsoluteUri, bytes));
        }

        return documents;
    }

    // A JWT status list credential carries its id in the payload; JSON documents carry it at the top.
    private static string IdOf(string path, byte[] bytes)
    {
        try
        {
            var text = Encoding.UTF8.GetString(bytes).Trim();
            if (!text.StartsWith('{') && text.Split('.') is { Length: 3 } parts)
            {
                text = Encoding.UTF8.GetString(Base64UrlDecode(parts[1]));
            }

            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
            {
                return id.GetString()!;
            }

            if (root.TryGetProperty("vc", out var vc) && vc.TryGetProperty("id", out var vcId) && vcId.ValueKind == JsonValueKind.String)
            {
                return vcId.GetString()!;
            }
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path} is not a JSON document or JWT: {ex.Message}", ex);
        }

        throw new InvalidDataException($"{path} has no id.");
    }

    private static byte[] Base64UrlDecode(string value) => System.Buffers.Text.Base64Url.DecodeFromChars(value);

    private static async Task WriteJsonAsync(CliContext context, VerificationReport report)
    {
        var json = JsonSerializer.Serialize(new
        {
            verified = report.IsVerified,
            checks = report.Checks.Select(c => new { code = c.Code, status = StatusName(c.Status), message = c.Message, path = c.Path }),
        });
        await context.Out.WriteLineAsync(json).ConfigureAwait(false);
    }

    private static async Task WriteTextAsync(CliContext context, VerificationReport report, int? number)
    {
        var prefix = number is { } n ? $"Credential {n}: " : string.Empty;
        var failed = report.Checks.Count(c => c.Status == CheckStatus.Failed);
        var notChecked = report.Checks.Count(c => c.Status == CheckStatus.NotChecked);
        var verdict = report.IsVerified
            ? "verified: every check passed or did not apply."
            : $"NOT verified: {failed} check(s) failed, {notChecked} could not be made.";
        await context.Out.WriteLineAsync(prefix + verdict).ConfigureAwait(false);
        foreach (var check in report.Checks)
        {
            var where = check.Path is null or "" ? string.Empty : $" (at {check.Path})";
            await context.Out.WriteLineAsync($"  {StatusName(check.Status),-11} {check.Code,-32} {check.Message}{where}").ConfigureAwait(false);
        }
    }

    private static string StatusName(CheckStatus status) => status switch
    {
        CheckStatus.Passed => "passed",
        CheckStatus.Failed => "failed",
        CheckStatus.Skipped => "skipped",
        _ => "not-checked",
    };
}
