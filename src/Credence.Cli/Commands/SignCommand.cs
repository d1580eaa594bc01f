using System.CommandLine;
using System.Text.Json;
using Credence.Credentials.DataIntegrity;
using Credence.Credentials.Jwt;
using Credence.Credentials.Keys;
using Credence.JsonLd;

namespace Credence.Cli.Commands;

/// <summary>
/// <c>credence sign FILE --key KEY [--format di|jwt] [--batch]</c>: signs a credential with a Data Integrity proof
/// (eddsa-rdfc-2022) or as a VC-JWT; with <c>--batch</c> the input is JSON Lines and each line is signed in
/// parallel, the output keeping the input's order.
/// </summary>
internal static class SignCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The unsigned credential (JSON); - reads standard input." };
        var keyOption = new Option<string>("--key") { Description = "The key file (from 'credence keys create').", Required = true };
        var format = new Option<string>("--format") { Description = "The proof format: di (Data Integrity, eddsa-rdfc-2022) or jwt (VC-JWT).", DefaultValueFactory = _ => "di" };
        format.AcceptOnlyFromAmong("di", "jwt");
        var batch = new Option<bool>("--batch") { Description = "JSON Lines: one credential per input line, one signed credential per output line." };
        var command = new Command("sign", "Sign an Open Badges 3.0 or CLR 2.0 credential.") { file, keyOption, format, batch };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var (keyFile, problem) = await CredentialFiles.ReadKeyFileAsync(parseResult.GetValue(keyOption)!, cancellationToken).ConfigureAwait(false);
            if (keyFile is null)
            {
                return await CredentialFiles.FailAsync(context, CliCodes.InvalidKeyFile, problem!, ExitCodes.Usage).ConfigureAwait(false);
            }

            using var key = keyFile.Key;
            if (!key.HasPrivateKey || keyFile.Id is null)
            {
                return await CredentialFiles.FailAsync(context, CliCodes.InvalidKeyFile, "The key file needs a private key and a verification method id to sign.", ExitCodes.Usage).ConfigureAwait(false);
            }

            var jwt = parseResult.GetValue(format) == "jwt";
            if (!jwt && key.Type != KeyType.Ed25519)
            {
                return await CredentialFiles.FailAsync(context, CliCodes.UnsupportedKey, "eddsa-rdfc-2022 needs an Ed25519 key; use --format jwt for P-256 and RSA keys.", ExitCodes.Usage).ConfigureAwait(false);
            }

            string input;
            try
            {
                input = await CredentialFiles.ReadTextAsync(context, parseResult.GetValue(file)!, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return await CredentialFiles.FailAsync(context, CliCodes.ReadFailed, ex.Message, ExitCodes.Usage).ConfigureAwait(false);
            }

            var now = context.Time.GetUtcNow();
            var isBatch = parseResult.GetValue(batch);
            IReadOnlyList<string> credentials = isBatch ? CredentialFiles.Lines(input) : [input];
            var results = new (string? Signed, string? Error)[credentials.Count];
            await Parallel.ForAsync(0, credentials.Count, cancellationToken, async (i, ct) =>
                results[i] = await SignOneAsync(credentials[i], keyFile.Id, key, jwt, now, isBatch, ct).ConfigureAwait(false)).ConfigureAwait(false);

            var failed = 0;
            for (var i = 0; i < results.Length; i++)
            {
                if (results[i].Error is { } error)
                {
                    failed++;
                    await CredentialFiles.FailAsync(context, CliCodes.SignFailed, isBatch ? $"line {i + 1}: {error}" : error, 0).ConfigureAwait(false);
                    if (isBatch)
                    {
                        await context.Out.WriteLineAsync(JsonSerializer.Serialize(new Dictionary<string, string> { ["code"] = CliCodes.SignFailed, ["error"] = error })).ConfigureAwait(false);
                    }
                }
                else
                {
                    await context.Out.WriteLineAsync(results[i].Signed).ConfigureAwait(false);
                }
            }

            return failed == 0 ? ExitCodes.Ok : ExitCodes.NegativeVerdict;
        });
        return command;
    }

    private static async Task<(string? Signed, string? Error)> SignOneAsync(string credential, string methodId, CredentialKey key, bool jwt, DateTimeOffset now, bool oneLine, CancellationToken cancellationToken)
    {
        try
        {
            using (var document = JsonDocument.Parse(credential))
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    return (null, "The credential is not a JSON object.");
                }
            }

            if (jwt)
            {
                return (VcJwt.Issue(credential, key, new JwtIssueOptions { KeyId = methodId, IssuedAt = now }), null);
            }

            var signed = await DataIntegrityProofs.AddProofAsync(credential, key, new ProofOptions { VerificationMethod = methodId, Created = now }, cancellationToken: cancellationToken).ConfigureAwait(false);
            return (oneLine ? System.Text.Json.Nodes.JsonNode.Parse(signed.Text)!.ToJsonString() : signed.Text, null);
        }
        catch (JsonException ex)
        {
            return (null, "The credential is not JSON: " + ex.Message);
        }
        catch (JsonLdException ex)
        {
            return (null, $"{ex.Code}: {ex.Message}");
        }
        catch (ArgumentException ex)
        {
            return (null, ex.Message);
        }
    }
}
