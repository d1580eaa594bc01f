using System.Text.Json;
using System.Text.Json.Nodes;
using Credence.Credentials.Documents;
using Credence.Credentials.Status;

namespace Credence.Cli.Tests.Commands;

public sealed class VerifyCommandTests
{
    [Fact]
    public async Task A_tampered_credential_is_not_verified_and_exits_1()
    {
        using var folder = new TempFolder();
        var key = await SignCommandTests.CreateKeyAsync(folder, "Ed25519");
        var sign = await CliRun.RunAsync("sign", folder.Write("unsigned.json", CredentialSamples.Credential(SignCommandTests.Issuer(key))), "--key", key);
        var tampered = JsonNode.Parse(sign.Out)!;
        tampered["name"] = "Master Welder";

        var run = await CliRun.RunAsync("verify", folder.Write("tampered.json", tampered.ToJsonString()), "--json", "--offline");

        Assert.Equal(1, run.ExitCode);
        using var report = JsonDocument.Parse(run.Out);
        Assert.False(report.RootElement.GetProperty("verified").GetBoolean());
        Assert.Contains(report.RootElement.GetProperty("checks").EnumerateArray(), c => c.GetProperty("code").GetString() == "PROOF_VERIFICATION_ERROR" && c.GetProperty("status").GetString() == "failed");
        Assert.Contains("cli.not-verified", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_verification_reports_each_line_in_input_order()
    {
        using var folder = new TempFolder();
        var key = await SignCommandTests.CreateKeyAsync(folder, "Ed25519");
        var ids = Enumerable.Range(0, 6).Select(i => $"urn:uuid:00000000-0000-4000-8000-{i:D12}").ToList();
        var sign = await CliRun.RunAsync("sign", folder.Write("unsigned.jsonl", string.Join("\n", ids.Select(id => CredentialSamples.Credential(SignCommandTests.Issuer(key), id)))), "--key", key, "--batch");
        var lines = sign.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var tampered = JsonNode.Parse(lines[4])!;
        tampered["name"] = "Master Welder";
        lines[4] = tampered.ToJsonString();

        var run = await CliRun.RunAsync("verify", folder.Write("signed.jsonl", string.Join("\n", lines)), "--batch", "--json", "--offline");

        Assert.Equal(1, run.ExitCode);
        var verdicts = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => JsonDocument.Parse(r).RootElement.GetProperty("verified").GetBoolean());
        Assert.Equal([true, true, true, true, false, true], verdicts);
    }

    [Fact]
    public async Task The_plain_report_names_every_check_with_its_code_and_status()
    {
        using var folder = new TempFolder();
        var key = await SignCommandTests.CreateKeyAsync(folder, "Ed25519");
        var sign = await CliRun.RunAsync("sign", folder.Write("unsigned.json", CredentialSamples.Credential(SignCommandTests.Issuer(key))), "--key", key);

        var run = await CliRun.RunAsync("verify", folder.Write("signed.json", sign.Out), "--offline");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"passed\s+ob3\.proof", run.Out);
        Assert.Matches(@"passed\s+ob3\.schema", run.Out);
        Assert.Matches(@"skipped\s+status\.entry", run.Out);
    }

    [Fact]
    public async Task A_did_web_issuer_verifies_offline_only_with_its_did_document_given_as_a_file()
    {
        using var folder = new TempFolder();
        var document = Path.Combine(folder.Path, "did.json");
        var key = await SignCommandTests.CreateKeyAsync(folder, "Ed25519", "--did", "web", "--domain", "credence.example.edu", "--did-document", document);
        var sign = await CliRun.RunAsync("sign", folder.Write("unsigned.json", CredentialSamples.Credential(SignCommandTests.Issuer(key))), "--key", key);
        var signed = folder.Write("signed.json", sign.Out);

        var withDocument = await CliRun.RunAsync("verify", signed, "--offline", "--did-document", document);
        var without = await CliRun.RunAsync("verify", signed, "--offline", "--json");

        Assert.Equal(0, withDocument.ExitCode);
        Assert.Equal(1, without.ExitCode);
        using var report = JsonDocument.Parse(without.Out);
        Assert.Contains(report.RootElement.GetProperty("checks").EnumerateArray(), c => c.GetProperty("status").GetString() == "not-checked");
    }

    [Fact]
    public async Task A_revoked_credential_is_reported_from_the_status_list_file()
    {
        using var folder = new TempFolder();
        var key = await SignCommandTests.CreateKeyAsync(folder, "Ed25519");
        var issuer = SignCommandTests.Issuer(key);
        const string listUrl = "https://credence.example.edu/status/1";
        var list = new BitstringStatusList();
        list.Set(5, 1);
        var listSigned = await CliRun.RunAsync("sign", folder.Write("list.json", StatusListCredential.Create(listUrl, issuer, "revocation", list, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))), "--key", key);
        var statusList = folder.Write("list-signed.json", listSigned.Out);
        var revoked = await SignAsync(folder, key, "revoked.json", JsonNode.Parse(CredentialJson.Serialize(StatusListCredential.CreateEntry(listUrl, 5, "revocation"))));
        var active = await SignAsync(folder, key, "active.json", JsonNode.Parse(CredentialJson.Serialize(StatusListCredential.CreateEntry(listUrl, 6, "revocation"))));

        var revokedRun = await CliRun.RunAsync("verify", revoked, "--offline", "--status-list", statusList);
        var activeRun = await CliRun.RunAsync("verify", active, "--offline", "--status-list", statusList);

        Assert.Equal(1, revokedRun.ExitCode);
        Assert.Matches(@"failed\s+status\.revocation", revokedRun.Out);
        Assert.Equal(0, activeRun.ExitCode);
    }

    [Fact]
    public async Task A_status_list_file_without_an_id_is_a_coded_usage_error()
    {
        using var folder = new TempFolder();

        var run = await CliRun.RunAsync("verify", folder.Write("c.json", "{}"), "--status-list", folder.Write("list.json", "{\"type\": \"VerifiableCredential\"}"));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("cli.invalid-document: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_a_coded_usage_error()
    {
        var run = await CliRun.RunAsync("verify", Path.Combine(Path.GetTempPath(), "credence-no-such-file.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("cli.read-failed: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_without_a_file_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("verify", "--offline");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("cli.usage: ", run.Error, StringComparison.Ordinal);
    }

    private static async Task<string> SignAsync(TempFolder folder, string key, string name, JsonNode? status)
    {
        var sign = await CliRun.RunAsync("sign", folder.Write("unsigned-" + name, CredentialSamples.Credential(SignCommandTests.Issuer(key), status: status)), "--key", key);
        Assert.Equal(0, sign.ExitCode);
        return folder.Write(name, sign.Out);
    }
}
