using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Credence.Credentials.Baking;
using Credence.Persistence.Identity;
using Credence.Persistence.Tests.Infrastructure;
using Credence.Web.Features.Verify;
using Credence.Web.Tests.Features.Verify;
using Credence.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Web.Tests.Features.Wallet;

/// <summary>The learner wallet and the public badge page: only the holder's own records, downloads that carry the exact signed credential,
/// a page that is private until the holder shares it and says so when revoked, and the CLR export.</summary>
public sealed class WalletTests(WebApps apps)
{
    private const string LearnerEmail = "learner@lakeshore.test";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static IEnumerable<TheoryDataRow<string>> Providers() => TestProviders.All();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_learner_downloads_json_png_and_svg_each_carrying_the_exact_signed_credential_and_another_learner_gets_nothing(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (id, _) = await IssuingFlow.IssueAsync(app, LearnerEmail);
        using var learner = app.ClientFor(CredenceRoles.Learner);
        using var other = app.ClientFor(WebApp.OtherLearner);
        var stored = await StoredJsonAsync(app, id);

        var list = await learner.GetFromJsonAsync<JsonElement>("/api/wallet/credentials", Token);
        var json = await learner.GetStringAsync($"/api/wallet/credentials/{id}/json", Token);
        var png = await learner.GetByteArrayAsync($"/api/wallet/credentials/{id}/png", Token);
        var svg = await learner.GetByteArrayAsync($"/api/wallet/credentials/{id}/svg", Token);
        var othersList = await other.GetFromJsonAsync<JsonElement>("/api/wallet/credentials", Token);
        using var othersDownload = await other.GetAsync($"/api/wallet/credentials/{id}/png", Token);

        Assert.Contains(list.EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
        Assert.Equal(stored, json);
        Assert.Equal(stored, BadgeBaker.Unbake(png).Credential);
        Assert.Equal(stored, BadgeBaker.Unbake(svg).Credential);
        Assert.DoesNotContain(othersList.EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.NotFound, othersDownload.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_badge_page_is_private_until_shared_then_carries_opengraph_schema_org_and_a_qr_code_and_says_revoked_once_revoked(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (id, _) = await IssuingFlow.IssueAsync(app, LearnerEmail);
        using var learner = app.ClientFor(CredenceRoles.Learner);
        using var visitor = app.ClientFor(WebApp.Anonymous);
        using var issuer = app.ClientFor(CredenceRoles.Issuer);

        using var whilePrivate = await visitor.GetAsync($"/credentials/{id}", Token);
        using var jsonWhilePrivate = await visitor.GetAsync($"/credentials/{id}/credential.json", Token);
        using var share = await learner.PutAsJsonAsync($"/api/wallet/credentials/{id}/visibility", new { isPublic = true }, Token);
        var shared = await visitor.GetStringAsync($"/credentials/{id}", Token);
        using var publicJson = await visitor.GetAsync($"/credentials/{id}/credential.json", Token);
        using var revoke = await issuer.PostAsJsonAsync($"/api/issuing/lakeshore/credentials/{id}/revoke", new { reason = "Issued to the wrong person." }, Token);
        var revoked = await visitor.GetStringAsync($"/credentials/{id}", Token);

        Assert.Equal(HttpStatusCode.NotFound, whilePrivate.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, jsonWhilePrivate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, share.StatusCode);
        Assert.Contains("property=\"og:title\"", shared, StringComparison.Ordinal);
        Assert.Contains($"property=\"og:url\" content=\"{CredenceWebFactory.PublicBaseUrl}/credentials/{id:D}\"", shared, StringComparison.Ordinal);
        Assert.Contains("\"@type\":\"EducationalOccupationalCredential\"", shared, StringComparison.Ordinal);
        Assert.Contains("<svg", shared, StringComparison.Ordinal);
        Assert.Contains("data-state=\"valid\"", shared, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, publicJson.StatusCode);
        Assert.Contains("data-state=\"revoked\"", revoked, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_linkedin_link_is_pre_filled_with_name_issuer_dates_page_and_id(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (id, _) = await IssuingFlow.IssueAsync(app, LearnerEmail);
        using var learner = app.ClientFor(CredenceRoles.Learner);

        var list = await learner.GetFromJsonAsync<JsonElement>("/api/wallet/credentials", Token);
        var link = new Uri(list.EnumerateArray().First(c => c.GetProperty("id").GetGuid() == id).GetProperty("linkedIn").GetString()!);
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);

        Assert.Equal("www.linkedin.com", link.Host);
        Assert.Equal("/profile/add", link.AbsolutePath);
        Assert.Equal("CERTIFICATION_NAME", query["startTask"]);
        Assert.Equal("Network Basics", query["name"]);
        Assert.Equal("Lakeshore Community College", query["organizationName"]);
        Assert.Equal("2026", query["issueYear"]);
        Assert.Equal($"{CredenceWebFactory.PublicBaseUrl}/credentials/{id:D}", query["certUrl"]);
        Assert.Equal($"urn:uuid:{id:D}", query["certId"]);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_learner_record_export_is_a_signed_clr_that_verifies_and_carries_each_credential_with_its_own_proof(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (first, _) = await IssuingFlow.IssueAsync(app, LearnerEmail);
        using var learner = app.ClientFor(CredenceRoles.Learner);
        using var visitor = app.ClientFor(WebApp.Anonymous);

        var record = await learner.GetStringAsync("/api/wallet/record?institution=lakeshore", Token);
        using var report = await VerifyApiTests.PostAsync(visitor, new StringContent(record, Encoding.UTF8, "application/json"));
        using var clr = JsonDocument.Parse(record);
        var nested = clr.RootElement.GetProperty("credentialSubject").GetProperty("verifiableCredential").EnumerateArray().ToList();

        Assert.Contains("ClrCredential", clr.RootElement.GetProperty("type").EnumerateArray().Select(t => t.GetString()));
        VerifyApiTests.AssertVerdict(VerifyCodes.Verified, report);
        Assert.Contains(nested, n => n.GetProperty("id").GetString() == $"urn:uuid:{first:D}" && n.TryGetProperty("proof", out _));
        Assert.All(nested, n => Assert.True(n.TryGetProperty("proof", out _)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_wallet_shows_pathway_progress_with_the_next_stage_and_the_occupations_an_off_ramp_opens(string provider)
    {
        var app = await apps.GetAsync(provider);
        var email = $"{Guid.NewGuid():N}@learners.test";
        var first = await IssuingFlow.PublishMicrocredentialAsync(app);
        var second = await IssuingFlow.PublishMicrocredentialAsync(app);
        var pathwayId = DesignBodies.NewId("path");
        using var admin = app.ClientFor(CredenceRoles.Admin);
        using (var created = await admin.PostAsJsonAsync("/api/pathways/lakeshore", new
        {
            id = pathwayId,
            title = "Network Technician Pathway",
            description = "From basics to a job.",
            stages = new object[] { new { id = "one", microcredentials = new[] { first } }, new { id = "two", microcredentials = new[] { second }, after = new[] { "one" } } },
            offRamps = new[] { new { afterStage = "one", title = "Help desk", occupations = new[] { "15-1232" } } },
            stacksInto = new[] { new { credential = "AAS Network Administration", kind = "associate-degree" } },
        }, Token))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using (var published = await admin.PostAsync($"/api/pathways/lakeshore/{pathwayId}/publish", null, Token))
        {
            Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        }

        var awardId = await IssuingFlow.AwardAsync(app, first, email);
        using var issuer = app.ClientFor(CredenceRoles.Issuer);
        using (var issued = await issuer.PostAsync($"/api/issuing/lakeshore/awards/{awardId}/issue", null, Token))
        {
            Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        }

        await using var factoryUser = await LearnerAccountAsync(app, email);
        var pathways = await factoryUser.Client.GetFromJsonAsync<JsonElement>("/api/wallet/pathways", Token);
        var pathway = pathways.EnumerateArray().Single(p => p.GetProperty("id").GetString() == pathwayId);

        Assert.True(pathway.GetProperty("stages")[0].GetProperty("done").GetBoolean());
        Assert.False(pathway.GetProperty("stages")[1].GetProperty("done").GetBoolean());
        Assert.Equal("two", pathway.GetProperty("nextStage").GetString());
        Assert.Equal("AAS Network Administration", pathway.GetProperty("stacksInto")[0].GetString());
        var offRamp = pathway.GetProperty("offRamps")[0];
        Assert.True(offRamp.GetProperty("unlocked").GetBoolean());
        Assert.Equal("15-1232", offRamp.GetProperty("occupations")[0].GetProperty("socCode").GetString());
        Assert.NotEqual("15-1232", offRamp.GetProperty("occupations")[0].GetProperty("title").GetString());
    }

    private static async Task<string> StoredJsonAsync(WebApp app, Guid id)
    {
        using var issuer = app.ClientFor(CredenceRoles.Issuer);
        var detail = await issuer.GetFromJsonAsync<JsonElement>($"/api/issuing/lakeshore/credentials/{id}", Token);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Credence.Persistence.CredenceDbContext>();
        Assert.Equal(JsonValueKind.Object, detail.GetProperty("credential").ValueKind);
        return db.IssuedCredentials.Single(c => c.CredentialId == id).Json;
    }

    private static async Task<LearnerAccount> LearnerAccountAsync(WebApp app, string email)
    {
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Credence.Persistence.Entities.CredenceUser>>();
            var user = new Credence.Persistence.Entities.CredenceUser { UserName = email, Email = email, EmailConfirmed = true, InstitutionId = app.Lakeshore.Id };
            Assert.True((await users.CreateAsync(user, CredenceWebFactory.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, CredenceRoles.Learner)).Succeeded);
        }

        var client = app.Factory.CreateClient();
        using var token = await client.PostAsJsonAsync("/api/account/token", new { email, password = CredenceWebFactory.Password }, Token);
        var body = await token.Content.ReadFromJsonAsync<JsonElement>(Token);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());
        return new LearnerAccount(client);
    }

    private sealed class LearnerAccount(HttpClient client) : IAsyncDisposable
    {
        public HttpClient Client { get; } = client;

        public ValueTask DisposeAsync()
        {
            Client.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
