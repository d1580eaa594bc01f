using System.Text.Json.Nodes;
using Credence.Credentials.Dids;
using Credence.Credentials.Documents;
using Credence.Credentials.Fetching;
using Credence.Credentials.Keys;
using Credence.Credentials.Verification;
using Microsoft.Extensions.Time.Testing;

namespace Credence.Credentials.Tests.Interop;

/// <summary>
/// Credentials signed here verify with the JavaScript libraries wallets and verifiers use (@digitalbazaar/vc with
/// eddsa-rdfc-2022, @digitalcredentials/verifier-core), and credentials they sign verify here.
/// </summary>
public sealed class JavaScriptInteropTests
{
    private static readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Credentials_signed_here_verify_with_the_javascript_verifiers()
    {
        using var harness = InteropHarness.Open();
        var ct = TestContext.Current.CancellationToken;
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var issuer = DidKey.Create(key);
        var endorsement = await InteropCredentials.SignAsync(InteropCredentials.Endorsement(issuer), key, ct);
        var minimal = await InteropCredentials.SignAsync(InteropCredentials.Minimal(issuer), key, ct);
        var full = await InteropCredentials.SignAsync(InteropCredentials.Full(issuer, JsonNode.Parse(endorsement.Text)), key, ct);
        var clr = await InteropCredentials.SignAsync(InteropCredentials.Clr(issuer, [minimal, full]), key, ct);
        string[] credentials = [minimal.Text, full.Text, endorsement.Text, clr.Text];

        var digitalBazaar = await harness.VerifyAsync(credentials, null, ct);
        var verifierCore = await harness.VerifyDccAsync(credentials, ClrContext(), ct);

        for (var i = 0; i < credentials.Length; i++)
        {
            Assert.True((bool)digitalBazaar[i]["verified"]!, $"@digitalbazaar/vc, credential {i}: {digitalBazaar[i].ToJsonString()}");
            Assert.True((bool)verifierCore[i]["verified"]!, $"verifier-core, credential {i}: {verifierCore[i].ToJsonString()}");
        }

        // verifier-core validates the OB 3.0 credentials against the bundled 1EdTech schemas; it has no CLR 2.0 schema.
        Assert.All(verifierCore.Take(3), r => Assert.True(SchemaValid(r), r.ToJsonString()));
    }

    [Fact]
    public async Task Credentials_with_a_status_list_entry_signed_here_verify_and_read_their_status_with_verifier_core()
    {
        using var harness = InteropHarness.Open();
        var ct = TestContext.Current.CancellationToken;
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var issuer = DidKey.Create(key);
        var statusList = await InteropCredentials.SignAsync(InteropCredentials.StatusList(issuer, 7), key, ct);
        var active = await InteropCredentials.SignAsync(InteropCredentials.WithStatus(issuer, 3), key, ct);
        var revoked = await InteropCredentials.SignAsync(InteropCredentials.WithStatus(issuer, 7), key, ct);
        var documents = new Dictionary<string, string> { [InteropCredentials.StatusListUrl] = statusList.Text };

        var results = await harness.VerifyDccAsync([active.Text, revoked.Text], documents, ct);
        var digitalBazaar = await harness.VerifyAsync([statusList.Text], null, ct); // the harness gives it no checkStatus, so only the list itself

        Assert.True((bool)results[0]["verified"]!, results[0].ToJsonString());
        Assert.Equal(true, StatusValid(results[0]));
        Assert.True((bool)results[1]["verified"]!, results[1].ToJsonString()); // the signature is still valid ...
        Assert.Equal(false, StatusValid(results[1])); // ... but the credential is revoked
        Assert.True((bool)digitalBazaar[0]["verified"]!, digitalBazaar[0].ToJsonString());
    }

    [Fact]
    public async Task Credentials_signed_by_the_javascript_signer_verify_here()
    {
        using var harness = InteropHarness.Open();
        var ct = TestContext.Current.CancellationToken;
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var issuer = DidKey.Create(key);
        var keyFile = new KeyFile(DidKey.VerificationMethodId(key), issuer, key).ToJson();
        var endorsement = InteropCredentials.Endorsement(issuer);
        var statusList = InteropCredentials.StatusList(issuer, 7);

        var signed = await harness.SignAsync(
            [InteropCredentials.Minimal(issuer), InteropCredentials.Full(issuer, null), endorsement, InteropCredentials.WithStatus(issuer, 3), statusList],
            keyFile,
            InteropCredentials.Created,
            ct);

        Assert.All(signed, s => Assert.Null(s["error"]));
        var fetcher = new StaticDocumentFetcher([new KeyValuePair<string, byte[]>(InteropCredentials.StatusListUrl, System.Text.Encoding.UTF8.GetBytes(signed[4].ToJsonString()))]);
        var verifier = new CredentialVerifier(new VerifierOptions { TimeProvider = _clock, Fetcher = fetcher });
        foreach (var credential in signed.Take(4))
        {
            var report = await verifier.VerifyAsync(credential.ToJsonString(), ct);
            Assert.True(report.IsVerified, string.Join("\n", report.Checks.Where(c => c.Status is not (CheckStatus.Passed or CheckStatus.Skipped))));
            Assert.Contains(report.Checks, c => c is { Code: VerificationCodes.Ob3Proof, Status: CheckStatus.Passed });
        }

        var clr = await InteropCredentials.SignAsync(InteropCredentials.Clr(issuer, [SignedCredential.FromText(signed[0].ToJsonString())]), key, ct);
        Assert.True((await verifier.VerifyAsync(clr.Text, ct)).IsVerified);
    }

    [Fact]
    public async Task A_did_web_issuers_credential_signed_on_either_side_verifies_on_both_from_its_did_document()
    {
        using var harness = InteropHarness.Open();
        var ct = TestContext.Current.CancellationToken;
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        const string issuer = "did:web:credence.example.edu";
        var method = issuer + "#" + Multikey.EncodePublicKey(key);
        var didDocument = DidWeb.BuildDocument(issuer, [key]);
        Assert.True(DidWeb.TryGetDocumentUrl(issuer, out var documentUrl));
        var fetcher = new StaticDocumentFetcher([new KeyValuePair<string, byte[]>(documentUrl.ToString(), System.Text.Encoding.UTF8.GetBytes(didDocument))]);
        var signedHere = await InteropCredentials.SignAsync(InteropCredentials.Full(issuer, null), key, method, ct);

        var signedThere = (await harness.SignAsync([InteropCredentials.Full(issuer, null)], new KeyFile(method, issuer, key).ToJson(), InteropCredentials.Created, ct))[0];
        var there = await harness.VerifyAsync([signedHere.Text, signedThere.ToJsonString()], null, [], [didDocument], ct);
        var here = await new CredentialVerifier(new VerifierOptions { TimeProvider = _clock, Fetcher = fetcher }).VerifyAsync(signedThere.ToJsonString(), ct);

        Assert.Null(signedThere["error"]);
        Assert.All(there, r => Assert.True((bool)r["verified"]!, r.ToJsonString()));
        Assert.True(here.IsVerified, string.Join("\n", here.Checks.Where(c => c.Status is not (CheckStatus.Passed or CheckStatus.Skipped))));
        Assert.Contains(here.Checks, c => c is { Code: VerificationCodes.Ob3IssuerKey, Status: CheckStatus.Passed });
    }

    [Fact]
    public async Task A_tampered_credential_fails_on_both_sides()
    {
        using var harness = InteropHarness.Open();
        var ct = TestContext.Current.CancellationToken;
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var issuer = DidKey.Create(key);
        var signedHere = await InteropCredentials.SignAsync(InteropCredentials.Full(issuer, null), key, ct);
        var signedThere = await harness.SignAsync([InteropCredentials.Full(issuer, null)], new KeyFile(DidKey.VerificationMethodId(key), issuer, key).ToJson(), InteropCredentials.Created, ct);
        var tamperedHere = InteropCredentials.Tamper(signedHere.Text);
        var tamperedThere = InteropCredentials.Tamper(signedThere[0].ToJsonString());

        var digitalBazaar = await harness.VerifyAsync([tamperedHere], null, ct);
        var verifierCore = await harness.VerifyDccAsync([tamperedHere], null, ct);
        var report = await new CredentialVerifier(new VerifierOptions { TimeProvider = _clock }).VerifyAsync(tamperedThere, ct);

        Assert.False((bool)digitalBazaar[0]["verified"]!);
        Assert.False((bool)verifierCore[0]["verified"]!);
        Assert.Contains(report.Checks, c => c is { Code: VerificationCodes.ProofVerificationError, Status: CheckStatus.Failed });
        Assert.False(report.IsVerified);
    }

    // verifier-core bundles the OB 3.0 contexts but not CLR 2.0's; its loader fetches that one, answered offline here.
    private static Dictionary<string, string> ClrContext()
    {
        const string url = "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json";
        Assert.True(Credence.Credentials.Contexts.BundledContexts.TryGet(url, out var context));
        return new Dictionary<string, string> { [url] = context.Json };
    }

    private static bool SchemaValid(JsonObject result) =>
        result["additionalInformation"]?.AsArray().FirstOrDefault(e => (string?)e!["id"] is "schema_check")?["results"] is JsonArray { Count: > 0 } results
        && results.All(r => r!["result"]?["valid"]?.GetValue<bool>() == true);

    private static bool? StatusValid(JsonObject result) =>
        result["log"]?.AsArray().FirstOrDefault(e => (string?)e!["id"] is "revocation_status")?["valid"]?.GetValue<bool>();
}
