using System.Text.Json;
using Credence.Credentials.Keys;

namespace Credence.Cli.Tests.Commands;

public sealed class KeysCommandTests
{
    [Theory]
    [InlineData("Ed25519", KeyType.Ed25519)]
    [InlineData("P-256", KeyType.P256)]
    [InlineData("RSA", KeyType.Rsa)]
    public async Task Keys_create_writes_a_did_key_key_file_with_the_private_key(string type, KeyType expected)
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "key.json");

        var run = await CliRun.RunAsync("keys", "create", "--type", type, "--out", path);

        Assert.Equal(0, run.ExitCode);
        Assert.True(KeyFile.TryParse(File.ReadAllText(path), out var keyFile, out var error), error);
        using var key = keyFile.Key;
        Assert.Equal(expected, key.Type);
        Assert.True(key.HasPrivateKey);
        Assert.StartsWith("did:key:", keyFile.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keys_create_with_did_web_names_the_key_under_the_domain_and_writes_its_did_document()
    {
        using var folder = new TempFolder();
        var document = Path.Combine(folder.Path, "did.json");

        var run = await CliRun.RunAsync("keys", "create", "--did", "web", "--domain", "credence.example.edu", "--did-document", document);

        Assert.Equal(0, run.ExitCode);
        Assert.True(KeyFile.TryParse(run.Out, out var keyFile, out _));
        keyFile.Key.Dispose();
        Assert.StartsWith("did:web:credence.example.edu#", keyFile.Id, StringComparison.Ordinal);
        using var did = JsonDocument.Parse(File.ReadAllText(document));
        Assert.Equal("did:web:credence.example.edu", did.RootElement.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("keys", "create", "--did", "web")] // no --domain
    [InlineData("keys", "create", "--type", "DSA")]
    public async Task Keys_create_with_bad_options_is_a_usage_error(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("cli.usage: ", run.Error, StringComparison.Ordinal);
    }
}
