using System.Net.Http.Json;
using System.Text.Json;
using Credence.Credentials.Tests.Interop;
using Credence.Persistence.Identity;
using Credence.Persistence.Tests.Infrastructure;
using Credence.Web.Tests.Infrastructure;

namespace Credence.Web.Tests.Interop;

/// <summary>Credentials this instance issues verify with the Digital Bazaar stack (@digitalbazaar/vc, eddsa-rdfc-2022,
/// @digitalbazaar/vc-bitstring-status-list) against the DID document and status list the instance serves, before and after revocation;
/// and the learner's CLR export verifies there too. Needs <c>CREDENCE_INTEROP_HARNESS</c> (set by test.sh).</summary>
public sealed class IssuedCredentialInteropTests(WebApps apps)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Digital_bazaar_verifies_an_issued_credential_and_reads_it_as_revoked_once_the_issuer_revokes_it()
    {
        using var harness = InteropHarness.Open();
        var app = await apps.GetAsync(TestProviders.Sqlite);
        var (id, json) = await IssuingFlow.IssueAsync(app);
        using var visitor = app.ClientFor(WebApp.Anonymous);
        using var issuer = app.ClientFor(CredenceRoles.Issuer);
        var did = await visitor.GetStringAsync("/issuers/lakeshore/did.json", Token);
        var listPath = StatusListPath(json);

        var before = (await harness.VerifyAsync([json], null, [await visitor.GetStringAsync(listPath, Token)], [did], Token))[0];
        using (var revoke = await issuer.PostAsJsonAsync($"/api/issuing/lakeshore/credentials/{id}/revoke", new { reason = "Interop check." }, Token))
        {
            revoke.EnsureSuccessStatusCode();
        }

        var after = (await harness.VerifyAsync([json], null, [await visitor.GetStringAsync(listPath, Token)], [did], Token))[0];

        Assert.True((bool)before["verified"]!, before.ToJsonString());
        Assert.False((bool)before["revoked"]!, before.ToJsonString());
        Assert.True((bool)after["revoked"]!, after.ToJsonString());
    }

    [Fact]
    public async Task Digital_bazaar_verifies_the_learner_record_export()
    {
        using var harness = InteropHarness.Open();
        var app = await apps.GetAsync(TestProviders.Sqlite);
        await IssuingFlow.IssueAsync(app, "learner@lakeshore.test");
        using var learner = app.ClientFor(CredenceRoles.Learner);
        using var visitor = app.ClientFor(WebApp.Anonymous);
        var did = await visitor.GetStringAsync("/issuers/lakeshore/did.json", Token);

        var record = await learner.GetStringAsync("/api/wallet/record?institution=lakeshore", Token);
        var result = (await harness.VerifyAsync([record], null, [], [did], Token))[0];

        Assert.True((bool)result["verified"]!, result.ToJsonString());
    }

    private static string StatusListPath(string credential)
    {
        using var document = JsonDocument.Parse(credential);
        return new Uri(document.RootElement.GetProperty("credentialStatus").GetProperty("statusListCredential").GetString()!).AbsolutePath;
    }
}
