using System.CommandLine;
using System.Text.Json;
using Credence.Credentials.Contexts;
using Credence.JsonLd;
using Credence.JsonLd.Canonicalization;
using Credence.JsonLd.Rdf;

namespace Credence.Cli.Commands;

/// <summary>
/// <c>credence jsonld expand|to-rdf|canonize FILE</c>: JSON-LD 1.1 expansion, conversion to N-Quads and RDFC-1.0
/// canonical N-Quads. Contexts come from the copies bundled with Credence.Credentials, plus those of
/// <c>--contexts DIR</c> (which win on the same URL); never from the network.
/// </summary>
internal static class JsonLdCommand
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    public static Command Build(CliContext context)
    {
        var command = new Command("jsonld", "JSON-LD 1.1 processing: expansion, RDF, canonical N-Quads.");
        command.Subcommands.Add(BuildVerb(context, "expand", "Expand a JSON-LD document (JSON on stdout).", Verb.Expand));
        command.Subcommands.Add(BuildVerb(context, "to-rdf", "Convert a JSON-LD document to N-Quads.", Verb.ToRdf));
        command.Subcommands.Add(BuildVerb(context, "canonize", "Canonicalize a JSON-LD document with RDFC-1.0 (canonical N-Quads on stdout).", Verb.Canonize));
        return command;
    }

    private enum Verb
    {
        Expand,
        ToRdf,
        Canonize,
    }

    private static Command BuildVerb(CliContext context, string name, string description, Verb verb)
    {
        var file = new Argument<string>("FILE") { Description = "The JSON-LD document; - reads standard input." };
        var baseIri = new Option<string?>("--base") { Description = "The base IRI of the document." };
        var safe = new Option<bool>("--safe") { Description = "Safe mode: fail on undefined terms, relative IRIs and other lossy input." };
        var contexts = new Option<DirectoryInfo?>("--contexts")
        {
            Description = "A folder with index.json mapping context URLs to files ({\"contexts\": {\"URL\": {\"file\": \"PATH\"}}}), added to the bundled contexts (VC, Data Integrity, Open Badges 3.0, CLR 2.0, ...).",
        };
        var json = new Option<bool>("--json") { Description = "Machine output: JSON on stdout, errors as {\"code\", \"message\"} on stderr." };
        var command = new Command(name, description) { file, baseIri, safe, contexts, json };
        Option<string>? algorithm = null;
        if (verb == Verb.Canonize)
        {
            algorithm = new Option<string>("--algorithm") { Description = "The RDFC-1.0 hash algorithm.", DefaultValueFactory = _ => "SHA256" };
            algorithm.AcceptOnlyFromAmong("SHA256", "SHA384");
            command.Options.Add(algorithm);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var asJson = parseResult.GetValue(json);
            byte[] input;
            StaticDocumentLoader loader;
            try
            {
                input = await ReadInputAsync(context, parseResult.GetValue(file)!, cancellationToken).ConfigureAwait(false);
                loader = BundledContexts.CreateDocumentLoader();
                if (parseResult.GetValue(contexts) is { } folder)
                {
                    LoadContexts(folder, loader);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or ArgumentException)
            {
                await WriteErrorAsync(context, asJson, CliCodes.Usage, ex.Message).ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var options = new JsonLdOptions { Base = parseResult.GetValue(baseIri), SafeMode = parseResult.GetValue(safe), DocumentLoader = loader };
            try
            {
                switch (verb)
                {
                    case Verb.Expand:
                        var expanded = await JsonLdProcessor.ExpandAsync(input, options, cancellationToken).ConfigureAwait(false);
                        await WriteJsonAsync(context, expanded).ConfigureAwait(false);
                        break;
                    case Verb.ToRdf:
                        var dataset = await JsonLdProcessor.ToRdfAsync(input, options, cancellationToken).ConfigureAwait(false);
                        await WriteNQuadsAsync(context, asJson, NQuads.Serialize(dataset), null).ConfigureAwait(false);
                        break;
                    default:
                        var toCanonicalize = await JsonLdProcessor.ToRdfAsync(input, options, cancellationToken).ConfigureAwait(false);
                        var hash = parseResult.GetValue(algorithm!) == "SHA384" ? RdfcHashAlgorithm.Sha384 : RdfcHashAlgorithm.Sha256;
                        var canonical = RdfCanonicalizer.Canonicalize(toCanonicalize, new RdfCanonicalizationOptions { HashAlgorithm = hash });
                        await WriteNQuadsAsync(context, asJson, canonical.CanonicalNQuads, canonical.IssuedIdentifiers).ConfigureAwait(false);
                        break;
                }

                return ExitCodes.Ok;
            }
            catch (JsonLdException ex)
            {
                await WriteErrorAsync(context, asJson, ex.Code, ex.Message).ConfigureAwait(false);
                return ExitCodes.NegativeVerdict;
            }
        });
        return command;
    }

    private static async Task<byte[]> ReadInputAsync(CliContext context, string path, CancellationToken cancellationToken)
    {
        if (path == "-")
        {
            using var buffer = new MemoryStream();
            var stdin = context.OpenStandardInput();
            await stdin.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            return buffer.ToArray();
        }

        return await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
    }

    // index.json: {"contexts": {"URL": {"file": "PATH"} or "PATH"}}; a PATH is relative to the folder, else to its parent
    // (the layout of the shared conformance contexts folder).
    private static void LoadContexts(DirectoryInfo folder, StaticDocumentLoader loader)
    {
        var indexPath = Path.Combine(folder.FullName, "index.json");
        using var index = JsonDocument.Parse(File.ReadAllBytes(indexPath));
        if (!index.RootElement.TryGetProperty("contexts", out var entries) || entries.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException($"{indexPath} has no \"contexts\" object.");
        }

        foreach (var entry in entries.EnumerateObject())
        {
            var relative = entry.Value.ValueKind == JsonValueKind.String ? entry.Value.GetString() : entry.Value.TryGetProperty("file", out var file) ? file.GetString() : null;
            if (relative is null)
            {
                throw new ArgumentException($"{indexPath}: the entry for {entry.Name} names no file.");
            }

            var path = Path.Combine(folder.FullName, relative);
            if (!File.Exists(path) && folder.Parent is not null)
            {
                path = Path.Combine(folder.Parent.FullName, relative);
            }

            loader.Add(entry.Name, File.ReadAllText(path));
        }
    }

    private static async Task WriteJsonAsync(CliContext context, JsonElement value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Indented))
        {
            value.WriteTo(writer);
        }

        await context.Out.WriteLineAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray())).ConfigureAwait(false);
    }

    private static async Task WriteNQuadsAsync(CliContext context, bool asJson, string nquads, IReadOnlyDictionary<string, string>? issuedIdentifiers)
    {
        if (!asJson)
        {
            await context.Out.WriteAsync(nquads).ConfigureAwait(false);
            return;
        }

        var output = issuedIdentifiers is null
            ? JsonSerializer.SerializeToElement(new Dictionary<string, object> { ["nquads"] = nquads })
            : JsonSerializer.SerializeToElement(new Dictionary<string, object> { ["nquads"] = nquads, ["issuedIdentifiers"] = issuedIdentifiers });
        await WriteJsonAsync(context, output).ConfigureAwait(false);
    }

    private static async Task WriteErrorAsync(CliContext context, bool asJson, string code, string message)
    {
        var line = asJson
            ? JsonSerializer.Serialize(new Dictionary<string, string> { ["code"] = code, ["message"] = message })
            : $"{code}: {message}";
        await context.Error.WriteLineAsync(line).ConfigureAwait(false);
    }
}
