using System.Text;
using System.Text.Json;

namespace Credence.Cli.Tests.Commands;

public sealed class JsonLdCommandTests
{
    private static readonly string Contexts = Path.Combine(AppContext.BaseDirectory, "Fixtures", "contexts");

    private static string Document(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "documents", name);

    private static async Task<(int ExitCode, string Out, string Error)> RunAsync(string[] args, string? stdin = null)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(stdin ?? string.Empty));

        var context = new CliContext(stdout, stderr, TimeProvider.System) { OpenStandardInput = () => input };

        var exitCode = await CliApp.RunAsync(args, context, TestContext.Current.CancellationToken);

        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Expand_prints_the_expanded_document()
    {
        var (exitCode, output, _) = await RunAsync(["jsonld", "expand", Document("badge.jsonld"), "--contexts", Contexts]);

        Assert.Equal(0, exitCode);
        using var expanded = JsonDocument.Parse(output);
        Assert.Equal("https://example.test/badges/1", expanded.RootElement[0].GetProperty("@id").GetString());
    }

    [Fact]
    public async Task ToRdf_prints_n_quads()
    {
        var (exitCode, output, _) = await RunAsync(["jsonld", "to-rdf", Document("badge.jsonld"), "--contexts", Contexts]);

        Assert.Equal(0, exitCode);
        Assert.Contains("<https://example.test/badges/1> <https://example.test/vocab#name> \"Welding\" .\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Canonize_prints_canonical_n_quads_with_canonical_blank_node_labels()
    {
        var (exitCode, output, _) = await RunAsync(["jsonld", "canonize", Document("badge.jsonld"), "--contexts", Contexts]);

        Assert.Equal(0, exitCode);
        Assert.Equal(
            "<https://example.test/badges/1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://example.test/vocab#Badge> .\n"
            + "<https://example.test/badges/1> <https://example.test/vocab#issuer> _:c14n0 .\n"
            + "<https://example.test/badges/1> <https://example.test/vocab#name> \"Welding\" .\n"
            + "_:c14n0 <https://example.test/vocab#name> \"Example College\" .\n",
            output);
    }

    [Fact]
    public async Task Canonize_reads_standard_input_for_a_dash()
    {
        var document = await File.ReadAllTextAsync(Document("badge.jsonld"), TestContext.Current.CancellationToken);

        var (exitCode, output, _) = await RunAsync(["jsonld", "canonize", "-", "--contexts", Contexts, "--algorithm", "SHA384"], document);

        Assert.Equal(0, exitCode);
        Assert.Contains("_:c14n0", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Canonize_with_json_prints_the_issued_identifiers()
    {
        var (exitCode, output, _) = await RunAsync(["jsonld", "canonize", Document("badge.jsonld"), "--contexts", Contexts, "--json"]);

        Assert.Equal(0, exitCode);
        using var result = JsonDocument.Parse(output);
        Assert.Equal("c14n0", result.RootElement.GetProperty("issuedIdentifiers").EnumerateObject().Single().Value.GetString());
    }

    [Fact]
    public async Task Safe_mode_reports_an_undefined_term_and_exits_1()
    {
        var (exitCode, _, error) = await RunAsync(["jsonld", "canonize", Document("undefined-term.jsonld"), "--contexts", Contexts, "--safe"]);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("jsonld.safe.dropped-property: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_context_missing_from_the_contexts_folder_exits_1_with_the_spec_code()
    {
        var (exitCode, _, error) = await RunAsync(["jsonld", "expand", Document("badge.jsonld")]);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("loading remote context failed: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_with_json_is_a_json_object_with_the_code()
    {
        var (exitCode, _, error) = await RunAsync(["jsonld", "expand", "-", "--json"], "{\"@id\": 5}");

        Assert.Equal(1, exitCode);
        using var result = JsonDocument.Parse(error);
        Assert.Equal("invalid @id value", result.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_missing_file_is_a_usage_error()
    {
        var (exitCode, _, error) = await RunAsync(["jsonld", "expand", Document("does-not-exist.jsonld")]);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("cli.usage: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_algorithm_is_a_usage_error()
    {
        var (exitCode, _, error) = await RunAsync(["jsonld", "canonize", Document("badge.jsonld"), "--algorithm", "MD5"]);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("cli.usage: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_open_badge_canonizes_in_safe_mode_with_the_bundled_contexts_and_no_contexts_folder()
    {
        var badge = """
            {"@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
             "id": "urn:uuid:1", "type": ["VerifiableCredential", "OpenBadgeCredential"], "issuer": "did:example:issuer",
             "validFrom": "2026-01-01T00:00:00Z", "credentialSubject": {"type": ["AchievementSubject"], "achievement": {"id": "urn:uuid:2", "type": ["Achievement"], "name": "Welding"}}}
            """;

        var (exitCode, output, error) = await RunAsync(["jsonld", "canonize", "-", "--safe"], badge);

        Assert.True(exitCode == 0, error);
        Assert.Contains("<urn:uuid:2> <https://schema.org/name> \"Welding\" .", output, StringComparison.Ordinal);
    }
}
