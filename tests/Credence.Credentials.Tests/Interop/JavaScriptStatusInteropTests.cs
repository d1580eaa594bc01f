using System.Text;
using System.Text.Json.Nodes;
using Credence.Credentials.DataIntegrity;
using Credence.Credentials.Dids;
using Credence.Credentials.Fetching;
using Credence.Credentials.Keys;
using Credence.Credentials.Status;
using Credence.Credentials.Verification;
using Microsoft.Extensions.Time.Testing;

namespace Credence.Credentials.Tests.Interop;

/// <summary>
/// Bitstring Status List entries in credentials signed here are read by the Digital Bazaar stack
/// (@digitalbazaar/vc with @digitalbazaar/vc-bitstring-status-list), offline, against status list credentials
/// signed here; and it agrees with Credence's own verifier on every verdict.
/// </summary>
public sealed class JavaScriptStatusInteropTests
{
    private const string SuspensionListUrl = "https://credence.example.edu/status/suspension/1";
    private static readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
    private static readonly DateTimeOffset _republished = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Digital_bazaar_verifies_a_credential_whose_revocation_bit_is_clear()
    {
        using var harness = InteropHarness.Open();
        var ct = TestContext.Current.CancellationToken;
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var issuer = DidKey.Create(key);
        var statusList = await InteropCredentials.SignAsync(InteropCredentials.StatusList(issuer, 7), key, ct);
        var credential = await InteropCredentials.SignAsync(InteropCredentials.WithStatus(issuer, 3), key, ct);

        var result = (await harness.VerifyAsync([credential.Text], null, [statusList.Text], [], ct))[0];

        Assert.True((bool)result["verified"]!, result.ToJsonString());
        Assert.False((bool)result["revoked"]!, result.ToJsonString());
        var status = Assert.Single(result["status"]!.AsArray())!;
        Assert.Equal("revocation", (string?)status["statusPurpose"]);
        Assert.Equal("3", (string?)status["statusListIndex"]);
        Assert.False((bool)status["set"]!);
        Assert.True((await VerifyHereAsync(credential.Text, [(InteropCredentials.StatusListUrl, statusList.Text)], ct)).IsVerified);
    }

    [Fact]
    public async Task Digital_bazaar_reports_a_credential_revoked_once_its_bit_is_set_in_our_re_signed_status_list()
    {
        using var harness = InteropHarness.Open();
        var ct = TestContext.Current.CancellationToken;
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var issuer = DidKey.Create(key);
        var credential = await InteropCredentials.SignAsync(InteropCredentials.WithStatus(issuer, 3), key, ct);
        var before = await InteropCredentials.SignAsync(InteropCredentials.StatusList(issuer), key, ct);
        var list = new BitstringStatusList();
        list.Set(3, 1);
        var after = await InteropCredentials.SignAsync(StatusListCredential.Update(before.Text, list, _republished), key, ct);

        var clear = (await harness.VerifyAsync([credential.Text], null, [before.Text], [], ct))[0];
        var revoked = (await harness.VerifyAsync([credential.Text], null, [after.Text], [], ct))[0];

        Assert.False((bool)clear["revoked"]!, clear.ToJsonString());
        Assert.True((bool)revoked["verified"]!, revoked.ToJsonString()); // the status list was loaded, verified and read ...
        Assert.True((bool)revoked["revoked"]!, revoked.ToJsonString()); // ... and it says revoked
        Assert.True((bool)Assert.Single(revoked["status"]!.AsArray())!["set"]!);
        var here = await VerifyHereAsync(credential.Text, [(InteropCredentials.StatusListUrl, after.Text)], ct);
        Assert.Contains(here.Checks, c => c is { Code: VerificationCodes.StatusRevocation, Status: CheckStatus.Failed });
    }

    [Fact]
    public async Task Digital_bazaar_reports_a_credential_suspended_when_its_suspension_bit_is_set()
    {
        using var harness = InteropHarness.Open();
        var ct = TestContext.Current.CancellationToken;
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var issuer = DidKey.Create(key);
        var statusList = await InteropCredentials.SignAsync(InteropCredentials.StatusList(issuer, "suspension", SuspensionListUrl, 5), key, ct);
        var credential = await InteropCredentials.SignAsync(InteropCredentials.WithStatus(issuer, 5, "suspension", SuspensionListUrl), key, ct);

        var result = (await harness.VerifyAsync([credential.Text], null, [statusList.Text], [], ct))[0];

        Assert.True((bool)result["verified"]!, result.ToJsonString());
        Assert.True((bool)result["suspended"]!, result.ToJsonString());
        Assert.False((bool)result["revoked"]!, result.ToJsonString());
        var here = await VerifyHereAsync(credential.Text, [(SuspensionListUrl, statusList.Text)], ct);
        Assert.Contains(here.Checks, c => c is { Code: VerificationCodes.StatusSuspension, Status: CheckStatus.Failed });
    }

    [Fact]
    public async Task Digital_bazaar_does_not_verify_a_credential_whose_status_list_was_tampered_with()
    {
        using var harness = InteropHarness.Open();
        var ct = TestContext.Current.CancellationToken;
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var issuer = DidKey.Create(key);
        var statusList = await InteropCredentials.SignAsync(InteropCredentials.StatusList(issuer, 3), key, ct);
        var credential = await InteropCredentials.SignAsync(InteropCredentials.WithStatus(issuer, 3), key, ct);
        var tampered = JsonNode.Parse(statusList.Text)!;
        tampered["credentialSubject"]!["encodedList"] = new BitstringStatusList().Encode(); // clears the revocation, keeps the proof

        var result = (await harness.VerifyAsync([credential.Text], null, [tampered.ToJsonString()], [], ct))[0];

        Assert.False((bool)result["verified"]!, result.ToJsonString());
        Assert.NotEmpty(result["errors"]!.AsArray());
        var here = await VerifyHereAsync(credential.Text, [(InteropCredentials.StatusListUrl, tampered.ToJsonString())], ct);
        Assert.False(here.IsVerified);
    }

    [Fact]
    public async Task Digital_bazaar_checks_the_status_of_a_did_web_issuers_credential_from_the_did_document_handed_over()
    {
        using var harness = InteropHarness.Open();
        var ct = TestContext.Current.CancellationToken;
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        const string issuer = "did:web:credence.example.edu";
        var didDocument = DidWeb.BuildDocument(issuer, [key]);
        var method = issuer + "#" + Multikey.EncodePublicKey(key);
        var statusList = await InteropCredentials.SignAsync(InteropCredentials.StatusList(issuer, 9), key, method, ct);
        var active = await InteropCredentials.SignAsync(InteropCredentials.WithStatus(issuer, 8), key, method, ct);
        var revoked = await InteropCredentials.SignAsync(InteropCredentials.WithStatus(issuer, 9), key, method, ct);

        var results = await harness.VerifyAsync([active.Text, revoked.Text], null, [statusList.Text], [didDocument], ct);
        var withoutDocument = (await harness.VerifyAsync([active.Text], null, [statusList.Text], [], ct))[0];

        Assert.True((bool)results[0]["verified"]!, results[0].ToJsonString());
        Assert.False((bool)results[0]["revoked"]!, results[0].ToJsonString());
        Assert.True((bool)results[1]["verified"]!, results[1].ToJsonString());
        Assert.True((bool)results[1]["revoked"]!, results[1].ToJsonString());
        Assert.False((bool)withoutDocument["verified"]!, withoutDocument.ToJsonString()); // offline: no document, no key
        Assert.True(DidWeb.TryGetDocumentUrl(issuer, out var documentUrl));
        var here = await VerifyHereAsync(active.Text, [(InteropCredentials.StatusListUrl, statusList.Text), (documentUrl.ToString(), didDocument)], ct);
        Assert.True(here.IsVerified, string.Join("\n", here.Checks.Where(c => c.Status is not (CheckStatus.Passed or CheckStatus.Skipped))));
    }

    private static Task<VerificationReport> VerifyHereAsync(string credential, IReadOnlyList<(string Url, string Json)> documents, CancellationToken cancellationToken)
    {
        var fetcher = new StaticDocumentFetcher(documents.Select(d => new KeyValuePair<string, byte[]>(d.Url, Encoding.UTF8.GetBytes(d.Json))));
        return new CredentialVerifier(new VerifierOptions { TimeProvider = _clock, Fetcher = fetcher }).VerifyAsync(credential, cancellationToken);
    }
}
