using System.Text.Json;

namespace Credence.Cli.Tests.Commands;

public sealed class SignCommandTests
{
    [Theory]
    [InlineData("Ed25519", "di")]
    [InlineData("Ed25519", "jwt")]
    [InlineData("P-256", "jwt")]
    [InlineData("RSA", "jwt")]
    public async Task A_signed_credential_verifies(string type, string format)
    {
        using var folder = new TempFolder();
        var key = await CreateKeyAsync(folder, type);
        var unsigned = folder.Write("unsigned.json", CredentialSamples.Credential(Issuer(key)));

        var sign = await CliRun.RunAsync("sign", unsigned, "--key", key, "--format", format);
        var signed = folder.Write("signed.txt", sign.Out);
        var verify = await CliRun.RunAsync("verify", signed, "--offline");

        Assert.Equal(0, sign.ExitCode);
        Assert.Equal(0, verify.ExitCode);
        Assert.Matches(format == "jwt" ? @"passed\s+jwt\.signature" : @"passed\s+ob3\.proof", verify.Out);
    }

    [Fact]
    public async Task Batch_signing_keeps_the_input_order_and_every_line_verifies()
    {
        using var folder = new TempFolder();
        var key = await CreateKeyAsync(folder, "Ed25519");
        var ids = Enumerable.Range(0, 12).Select(i => $"urn:uuid:00000000-0000-4000-8000-{i:D12}").ToList();
        var input = folder.Write("unsigned.jsonl", string.Join("\n", ids.Select(id => CredentialSamples.Credential(Issuer(key), id))));

        var sign = await CliRun.RunAsync("sign", input, "--key", key, "--batch");
        var signed = folder.Write("signed.jsonl", sign.Out);
        var verify = await CliRun.RunAsync("verify", signed, "--batch", "--json", "--offline");

        Assert.Equal(0, sign.ExitCode);
        var lines = sign.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ids, lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
        Assert.Equal(0, verify.ExitCode);
        var reports = verify.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ids.Count, reports.Length);
        Assert.All(reports, r => Assert.True(JsonDocument.Parse(r).RootElement.GetProperty("verified").GetBoolean()));
    }

    [Fact]
    public async Task A_bad_key_file_is_reported_with_its_code()
    {
        using var folder = new TempFolder();
        var key = folder.Write("key.json", """{"type": "Multikey", "publicKeyMultibase": "not-a-key"}""");
        var unsigned = folder.Write("unsigned.json", CredentialSamples.Credential("did:example:issuer"));

        var run = await CliRun.RunAsync("sign", unsigned, "--key", key);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("cli.invalid-key-file: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_file_without_its_private_key_cannot_sign()
    {
        using var folder = new TempFolder();
        var key = await CreateKeyAsync(folder, "Ed25519");
        var publicOnly = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(key))!.AsObject();
        Assert.True(publicOnly.Remove("secretKeyMultibase"));
        File.WriteAllText(key, publicOnly.ToJsonString());
        var unsigned = folder.Write("unsigned.json", CredentialSamples.Credential(Issuer(key)));

        var run = await CliRun.RunAsync("sign", unsigned, "--key", key);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("cli.invalid-key-file: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_data_integrity_proof_needs_an_ed25519_key()
    {
        using var folder = new TempFolder();
        var key = await CreateKeyAsync(folder, "P-256");
        var unsigned = folder.Write("unsigned.json", CredentialSamples.Credential(Issuer(key)));

        var run = await CliRun.RunAsync("sign", unsigned, "--key", key, "--format", "di");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("cli.unsupported-key: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_credential_json_ld_safe_mode_rejects_is_not_signed()
    {
        using var folder = new TempFolder();
        var key = await CreateKeyAsync(folder, "Ed25519");
        var unsigned = folder.Write("unsigned.json", CredentialSamples.Credential(Issuer(key)).Replace("\"name\":\"North College\"", "\"name\":\"North College\",\"undefinedTerm\":1", StringComparison.Ordinal));

        var run = await CliRun.RunAsync("sign", unsigned, "--key", key);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("cli.sign-failed: ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sign")] // no FILE, no --key
    [InlineData("sign", "x.json")] // no --key
    [InlineData("sign", "x.json", "--key", "k.json", "--format", "ldp")]
    public async Task Sign_usage_errors_exit_2(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
    }

    internal static async Task<string> CreateKeyAsync(TempFolder folder, string type, params string[] more)
    {
        var path = Path.Combine(folder.Path, $"key-{Guid.NewGuid():N}.json");
        var run = await CliRun.RunAsync(["keys", "create", "--type", type, "--out", path, .. more]);
        Assert.Equal(0, run.ExitCode);
        return path;
    }

    internal static string Issuer(string keyPath)
    {
        using var keyFile = JsonDocument.Parse(File.ReadAllText(keyPath));
        return keyFile.RootElement.GetProperty("controller").GetString()!;
    }
}
