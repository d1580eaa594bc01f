using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Credence.Credentials.Contexts;
using Credence.Credentials.Schemas;

namespace Credence.Credentials.Tests.Interop;

/// <summary>
/// Drives tests/interop/harness.mjs (the JavaScript verifiers and signer) with Node.js: one process per batch,
/// JSON Lines in and out, contexts, schemas and documents written to a temporary folder so the harness stays offline.
/// </summary>
internal sealed class InteropHarness : IDisposable
{
    private const string HarnessVariable = "CREDENCE_INTEROP_HARNESS";
    private static readonly TimeSpan _timeout = TimeSpan.FromMinutes(3);

    private readonly string _harness;
    private readonly string _folder;
    private readonly string _contextIndex;
    private readonly string _schemas;

    private InteropHarness(string harness)
    {
        _harness = harness;
        _folder = Directory.CreateTempSubdirectory("credence-interop-").FullName;
        _contextIndex = WriteContexts(_folder);
        _schemas = Path.Combine(_folder, "schemas.json");
        File.WriteAllText(_schemas, BundledSchemas().ToJsonString());
    }

    /// <summary>
    /// Gives the harness named by <c>CREDENCE_INTEROP_HARNESS</c>; skips the test when it is unset, except under
    /// <c>CI=true</c>, where a missing harness fails the test.
    /// </summary>
    public static InteropHarness Open()
    {
        var harness = Environment.GetEnvironmentVariable(HarnessVariable);
        if (string.IsNullOrEmpty(harness))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail($"{HarnessVariable} is not set (CI=true: the interop harness is required; run test.sh).");
            }

            Assert.Skip($"{HarnessVariable} is not set: run test.sh (it runs npm ci in tests/interop) to check interop with the JavaScript libraries.");
        }

        Assert.True(File.Exists(harness), $"{HarnessVariable} names {harness}, which does not exist.");
        return new InteropHarness(harness);
    }

    /// <summary>Verifies each credential with @digitalbazaar/vc and eddsa-rdfc-2022.</summary>
    public Task<IReadOnlyList<JsonObject>> VerifyAsync(IReadOnlyList<string> credentials, IReadOnlyDictionary<string, string>? documents, CancellationToken cancellationToken) =>
        VerifyAsync(credentials, documents, [], [], cancellationToken);

    /// <summary>
    /// Verifies each credential with @digitalbazaar/vc and eddsa-rdfc-2022, checking Bitstring Status List entries with
    /// @digitalbazaar/vc-bitstring-status-list against the status list credentials given (<c>--status-list</c>) and
    /// resolving DIDs from the DID documents given (<c>--did-document</c>).
    /// </summary>
    public Task<IReadOnlyList<JsonObject>> VerifyAsync(
        IReadOnlyList<string> credentials,
        IReadOnlyDictionary<string, string>? documents,
        IReadOnlyList<string> statusLists,
        IReadOnlyList<string> didDocuments,
        CancellationToken cancellationToken) =>
        RunAsync(
            ["verify", "--contexts", _contextIndex, .. DocumentArguments(documents), .. FileArguments("--status-list", statusLists), .. FileArguments("--did-document", didDocuments)],
            credentials,
            cancellationToken);

    /// <summary>Verifies each credential with @digitalcredentials/verifier-core, with the bundled JSON Schemas.</summary>
    public Task<IReadOnlyList<JsonObject>> VerifyDccAsync(IReadOnlyList<string> credentials, IReadOnlyDictionary<string, string>? documents, CancellationToken cancellationToken) =>
        RunAsync(["verify-dcc", "--schemas", _schemas, .. DocumentArguments(documents)], credentials, cancellationToken);

    /// <summary>Signs each credential with eddsa-rdfc-2022 and the Multikey key file given.</summary>
    public Task<IReadOnlyList<JsonObject>> SignAsync(IReadOnlyList<string> credentials, string keyFileJson, string created, CancellationToken cancellationToken)
    {
        var keyFile = Path.Combine(_folder, "key-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(keyFile, keyFileJson);
        return RunAsync(["sign", "--contexts", _contextIndex, "--key", keyFile, "--created", created], credentials, cancellationToken);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string[] DocumentArguments(IReadOnlyDictionary<string, string>? documents)
    {
        if (documents is null || documents.Count == 0)
        {
            return [];
        }

        var map = new JsonObject();
        foreach (var (url, json) in documents)
        {
            map[url] = JsonNode.Parse(json);
        }

        var path = Path.Combine(_folder, "documents-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, map.ToJsonString());
        return ["--documents", path];
    }

    private IEnumerable<string> FileArguments(string option, IReadOnlyList<string> documents)
    {
        foreach (var document in documents)
        {
            var path = Path.Combine(_folder, option.TrimStart('-') + "-" + Guid.NewGuid().ToString("N") + ".json");
            File.WriteAllText(path, document);
            yield return option;
            yield return path;
        }
    }

    private async Task<IReadOnlyList<JsonObject>> RunAsync(IReadOnlyList<string> arguments, IReadOnlyList<string> lines, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(_harness)!,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(_harness);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        try
        {
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            foreach (var line in lines)
            {
                await process.StandardInput.WriteLineAsync(JsonNode.Parse(line)!.ToJsonString().AsMemory(), timeout.Token);
            }

            process.StandardInput.Close();
            await process.WaitForExitAsync(timeout.Token);
            var results = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
            Assert.True(process.ExitCode == 0 && results.Count == lines.Count, $"harness {arguments[0]} exited with {process.ExitCode} and {results.Count} of {lines.Count} results: {await error}");
            return results;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
    }

    private static string WriteContexts(string folder)
    {
        var index = new JsonObject();
        var contexts = new JsonObject { ["contexts"] = index };
        var number = 0;
        foreach (var context in BundledContexts.All)
        {
            var file = $"context-{number++}.jsonld";
            File.WriteAllText(Path.Combine(folder, file), context.Json);
            index[context.Url] = new JsonObject { ["file"] = file };
        }

        var path = Path.Combine(folder, "index.json");
        File.WriteAllText(path, contexts.ToJsonString());
        return path;
    }

    private static JsonObject BundledSchemas()
    {
        var assembly = typeof(CredentialSchemas).Assembly;
        var schemas = new JsonObject();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.Contains("schemas/", StringComparison.Ordinal) && n.EndsWith("_schema.json", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var schema = JsonNode.Parse(stream)!;
            schemas[(string)schema["$id"]!] = schema;
        }

        Assert.NotEmpty(schemas);
        return schemas;
    }
}
