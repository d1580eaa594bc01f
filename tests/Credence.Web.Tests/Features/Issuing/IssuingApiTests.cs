using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Credence.Credentials.Verification;
using Credence.Persistence.Identity;
using Credence.Persistence.Issuing;
using Credence.Persistence.Tests.Infrastructure;
using Credence.Web.Features.Verify;
using Credence.Web.Tests.Features.Verify;
using Credence.Web.Tests.Infrastructure;

namespace Credence.Web.Tests.Features.Issuing;

/// <summary>The issuer's API end to end: mastery → award → signed credential that verifies here from the instance's own documents → revoke.</summary>
public sealed class IssuingApiTests(WebApps apps)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static IEnumerable<TheoryDataRow<string>> Providers() => TestProviders.All();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_issued_credential_verifies_from_this_instances_own_documents_and_shows_revoked_once_revoked(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (id, json) = await IssuingFlow.IssueAsync(app);
        using var visitor = app.ClientFor(WebApp.Anonymous);
        using var issuer = app.ClientFor(CredenceRoles.Issuer);
        var ownHost = new Uri(CredenceWebFactory.PublicBaseUrl).Host;

        using var before = await VerifyApiTests.PostAsync(visitor, VerifyApiTests.Json(json));
        using var revoke = await issuer.PostAsJsonAsync($"/api/issuing/lakeshore/credentials/{id}/revoke", new { reason = "Assessment found to be compromised." }, Token);
        using var after = await VerifyApiTests.PostAsync(visitor, VerifyApiTests.Json(json));

        VerifyApiTests.AssertVerdict(VerifyCodes.Verified, before);
        Assert.Contains(VerifyApiTests.Checks(before), c => c is { Code: VerificationCodes.Ob3IssuerKey, Status: "passed" });
        Assert.Contains(VerifyApiTests.Checks(before), c => c is { Code: VerificationCodes.StatusRevocation, Status: "passed" });
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        VerifyApiTests.AssertVerdict(VerifyCodes.Revoked, after);
        Assert.Equal(0, app.Factory.Remote.RequestsTo(ownHost));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_did_document_and_status_list_are_served_publicly_with_caching_headers_and_304(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (id, json) = await IssuingFlow.IssueAsync(app);
        using var credential = JsonDocument.Parse(json);
        var listUrl = new Uri(credential.RootElement.GetProperty("credentialStatus").GetProperty("statusListCredential").GetString()!);
        using var visitor = app.ClientFor(WebApp.Anonymous);
        using var issuer = app.ClientFor(CredenceRoles.Issuer);

        using var did = await visitor.GetAsync("/issuers/lakeshore/did.json", Token);
        using var first = await visitor.GetAsync(listUrl.AbsolutePath, Token);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, listUrl.AbsolutePath);
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var notModified = await visitor.SendAsync(conditional, Token);
        using var revoke = await issuer.PostAsJsonAsync($"/api/issuing/lakeshore/credentials/{id}/revoke", new { reason = "Issued in error." }, Token);
        using var changed = new HttpRequestMessage(HttpMethod.Get, listUrl.AbsolutePath);
        changed.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var republished = await visitor.SendAsync(changed, Token);

        Assert.Equal(HttpStatusCode.OK, did.StatusCode);
        Assert.Contains("did:web:credence.test:issuers:lakeshore", await did.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), first.Headers.CacheControl!.MaxAge);
        Assert.True(first.Headers.CacheControl.Public);
        Assert.NotNull(first.Content.Headers.LastModified);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(HttpStatusCode.OK, republished.StatusCode);
        Assert.NotEqual(first.Headers.ETag, republished.Headers.ETag);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Results_for_an_unknown_competency_are_refused_field_by_field(string provider)
    {
        var app = await apps.GetAsync(provider);
        var microcredential = await IssuingFlow.PublishMicrocredentialAsync(app);
        using var issuer = app.ClientFor(CredenceRoles.Issuer);

        using var response = await issuer.PostAsJsonAsync("/api/issuing/lakeshore/results", IssuingFlow.ResultsBody(microcredential, "not-an-email", competency: "weld"), Token);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var codes = problem.RootElement.GetProperty("codes");
        Assert.Equal(IssuingCodes.CompetencyUnknown, codes.GetProperty("results[0].competencyId")[0].GetString());
        Assert.Equal(IssuingCodes.EmailInvalid, codes.GetProperty("learner.email")[0].GetString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Issuing_an_award_twice_gives_the_same_credential(string provider)
    {
        var app = await apps.GetAsync(provider);
        var microcredential = await IssuingFlow.PublishMicrocredentialAsync(app);
        var awardId = await IssuingFlow.AwardAsync(app, microcredential, $"{Guid.NewGuid():N}@learners.test");
        using var issuer = app.ClientFor(CredenceRoles.Issuer);

        using var first = await issuer.PostAsync($"/api/issuing/lakeshore/awards/{awardId}/issue", null, Token);
        using var second = await issuer.PostAsync($"/api/issuing/lakeshore/awards/{awardId}/issue", null, Token);
        using var a = JsonDocument.Parse(await first.Content.ReadAsStringAsync(Token));
        using var b = JsonDocument.Parse(await second.Content.ReadAsStringAsync(Token));

        Assert.Equal(a.RootElement.GetProperty("id").GetGuid(), b.RootElement.GetProperty("id").GetGuid());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_credential_list_filters_by_state_and_learner(string provider)
    {
        var app = await apps.GetAsync(provider);
        var email = $"{Guid.NewGuid():N}@learners.test";
        var (revoked, _) = await IssuingFlow.IssueAsync(app, email);
        var (active, _) = await IssuingFlow.IssueAsync(app, email);
        using var issuer = app.ClientFor(CredenceRoles.Issuer);
        using var revoke = await issuer.PostAsJsonAsync($"/api/issuing/lakeshore/credentials/{revoked}/revoke", new { reason = "Duplicate." }, Token);

        var revokedList = await issuer.GetFromJsonAsync<JsonElement>($"/api/issuing/lakeshore/credentials?state=revoked&learner={email}", Token);
        var all = await issuer.GetFromJsonAsync<JsonElement>($"/api/issuing/lakeshore/credentials?learner={email}", Token);
        using var noReason = await issuer.PostAsJsonAsync($"/api/issuing/lakeshore/credentials/{active}/revoke", new { reason = " " }, Token);
        using var again = await issuer.PostAsJsonAsync($"/api/issuing/lakeshore/credentials/{revoked}/revoke", new { reason = "Again." }, Token);

        Assert.Equal([revoked], revokedList.EnumerateArray().Select(c => c.GetProperty("id").GetGuid()));
        Assert.Equal(2, all.GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(IssuingCodes.AlreadyRevoked, (await again.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("code").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_bulk_csv_reports_every_bad_row_issues_the_good_ones_and_a_re_upload_issues_nothing_new(string provider)
    {
        var app = await apps.GetAsync(provider);
        var microcredential = await IssuingFlow.PublishMicrocredentialAsync(app);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var csv = "row_id,email,name,mastered_all\n"
            + "1,a-" + tag + "@learners.test,Ana Silva,true\n"
            + "2,not-an-email,Ben Ode,true\n"
            + "3,c-" + tag + "@learners.test,,true\n"
            + "4,d-" + tag + "@learners.test,Dee Park,true\n";
        using var issuer = app.ClientFor(CredenceRoles.Issuer);

        var first = await BulkAsync(issuer, microcredential, csv);
        var second = await BulkAsync(issuer, microcredential, csv);

        Assert.Equal(2, first.GetProperty("issued").GetInt32());
        Assert.Equal(2, first.GetProperty("invalidRows").GetInt32());
        var problems = first.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("row").GetInt32(), p.GetProperty("code").GetString())).ToList();
        Assert.Contains((3, IssuingCodes.EmailInvalid), problems);
        Assert.Contains((4, IssuingCodes.NameMissing), problems);
        Assert.Equal(0, second.GetProperty("issued").GetInt32());
        Assert.Equal(2, second.GetProperty("skipped").GetInt32());
    }

    private static async Task<JsonElement> BulkAsync(HttpClient client, string microcredential, string csv)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(microcredential), "microcredential" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } }, "file", "cohort.csv" },
        };
        using var response = await client.PostAsync("/api/issuing/lakeshore/bulk", form, Token);
        var body = await response.Content.ReadAsStringAsync(Token);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
