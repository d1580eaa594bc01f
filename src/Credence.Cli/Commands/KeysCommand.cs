using System.CommandLine;
using Credence.Credentials.Dids;
using Credence.Credentials.Keys;

namespace Credence.Cli.Commands;

/// <summary>
/// <c>credence keys create [--type Ed25519|P-256|RSA] [--did key|web --domain D] [--out FILE] [--did-document FILE]</c>:
/// generates a signing key and writes it as a key file (Multikey, or JWK for RSA) naming its DID verification method.
/// </summary>
internal static class KeysCommand
{
    public static Command Create(CliContext context)
    {
        var type = new Option<string>("--type") { Description = "The key type.", DefaultValueFactory = _ => "Ed25519" };
        type.AcceptOnlyFromAmong("Ed25519", "P-256", "RSA");
        var did = new Option<string>("--did") { Description = "The DID method naming the key: key (self-contained) or web (published at --domain).", DefaultValueFactory = _ => "key" };
        did.AcceptOnlyFromAmong("key", "web");
        var domain = new Option<string?>("--domain") { Description = "The host (and optional path) of a did:web identifier, for example credence.example.edu." };
        var output = new Option<string?>("--out") { Description = "Where to write the key file (it holds the private key); standard output when omitted." };
        var document = new Option<string?>("--did-document") { Description = "With --did web: where to write the DID document to publish at https://DOMAIN/.well-known/did.json." };
        var create = new Command("create", "Generate a signing key and write its key file.") { type, did, domain, output, document };
        create.Validators.Add(result =>
        {
            if (result.GetValue(did) == "web" && string.IsNullOrWhiteSpace(result.GetValue(domain)))
            {
                result.AddError("--did web needs --domain.");
            }
        });
        create.SetAction(async (parseResult, cancellationToken) =>
        {
            var keyType = parseResult.GetValue(type) switch
            {
                "P-256" => KeyType.P256,
                "RSA" => KeyType.Rsa,
                _ => KeyType.Ed25519,
            };
            using var key = CredentialKey.Generate(keyType);
            string controller;
            string methodId;
            string? didDocument = null;
            if (parseResult.GetValue(did) == "web")
            {
                if (!Uri.TryCreate("https://" + parseResult.GetValue(domain)!.Trim().TrimEnd('/'), UriKind.Absolute, out var baseUrl))
                {
                    return await CredentialFiles.FailAsync(context, CliCodes.Usage, $"--domain {parseResult.GetValue(domain)} is not a host name.", ExitCodes.Usage).ConfigureAwait(false);
                }

                controller = DidWeb.FromUrl(baseUrl);
                methodId = controller + "#" + (keyType == KeyType.Rsa ? JsonWebKey.Thumbprint(key) : Multikey.EncodePublicKey(key));
                didDocument = DidWeb.BuildDocument(controller, [key]);
            }
            else
            {
                controller = DidKey.Create(key);
                methodId = DidKey.VerificationMethodId(key);
            }

            try
            {
                await CredentialFiles.WriteAsync(context, parseResult.GetValue(output), new KeyFile(methodId, controller, key).ToJson(), cancellationToken).ConfigureAwait(false);
                if (didDocument is not null && parseResult.GetValue(document) is { } documentPath)
                {
                    await CredentialFiles.WriteAsync(context, documentPath, didDocument, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return await CredentialFiles.FailAsync(context, CliCodes.WriteFailed, ex.Message, ExitCodes.UnexpectedFailure).ConfigureAwait(false);
            }

            await context.Error.WriteLineAsync($"Created a {parseResult.GetValue(type)} key for {controller} (verification method {methodId}).").ConfigureAwait(false);
            return ExitCodes.Ok;
        });

        return new Command("keys", "Signing keys for issuing credentials.") { create };
    }
}
