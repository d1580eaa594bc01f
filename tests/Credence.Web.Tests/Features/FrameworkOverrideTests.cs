using System.Net;
using System.Net.Http.Json;
using Credence.Persistence.Identity;
using Credence.Persistence.Tests.Infrastructure;
using Credence.Web.Tests.Infrastructure;

namespace Credence.Web.Tests.Features;

public sealed class FrameworkOverrideTests(WebApps apps)
{
    private const string Override = "framework: mvf\nversionSuffix: tested\ndisabled: [access.outreach]\n";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static IEnumerable<TheoryDataRow<string>> Providers() => TestProviders.All();

    private static async Task<string> NewInstitutionAsync(HttpClient admin)
    {
        var slug = DesignBodies.NewId("override-college");
        using var created = await admin.PostAsJsonAsync("/api/institutions", new { slug, name = "College " + slug }, Token);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return slug;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_uploaded_override_is_stored_and_scores_the_next_saved_design(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var admin = app.ClientFor(CredenceRoles.Admin);
        var slug = await NewInstitutionAsync(admin);
        using var missing = await admin.GetAsync($"/api/institutions/{slug}/framework-override", Token);
        var missingBody = await DesignsApiTests.JsonBody(missing);

        using var put = await admin.PutAsJsonAsync($"/api/institutions/{slug}/framework-override", new { yaml = Override }, Token);
        using var got = await admin.GetAsync($"/api/institutions/{slug}/framework-override", Token);
        var body = await DesignsApiTests.JsonBody(got);
        var id = DesignBodies.NewId("overridden");
        using var imported = await DesignTransferTests.ImportAsync(admin, slug, System.Text.Encoding.UTF8.GetBytes(DesignTransferTests.MicrocredentialYaml(id)), $"{id}.yaml");
        var scorecards = await DesignsApiTests.JsonBody(await admin.GetAsync($"/api/microcredentials/{slug}/{id}/draft/scorecards", Token));

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("framework-override.not-found", missingBody.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(Override, body.GetProperty("yaml").GetString());
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var mvf = scorecards.EnumerateArray().Single(s => s.GetProperty("frameworkId").GetString() == "mvf");
        Assert.EndsWith("+tested", mvf.GetProperty("frameworkVersion").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("access.outreach", mvf.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_override_with_problems_is_refused_field_by_field_and_the_stored_one_stays(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var admin = app.ClientFor(CredenceRoles.Admin);
        var slug = await NewInstitutionAsync(admin);
        using var first = await admin.PutAsJsonAsync($"/api/institutions/{slug}/framework-override", new { yaml = Override }, Token);

        using var unknown = await admin.PutAsJsonAsync($"/api/institutions/{slug}/framework-override", new { yaml = "framework: no-such-framework\n" }, Token);
        using var parts = await admin.PutAsJsonAsync($"/api/institutions/{slug}/framework-override", new { yaml = "framework: mvf\ndisabled: [access.nothing]\n" }, Token);
        using var empty = await admin.PutAsJsonAsync($"/api/institutions/{slug}/framework-override", new { yaml = " " }, Token);
        var got = await DesignsApiTests.JsonBody(await admin.GetAsync($"/api/institutions/{slug}/framework-override", Token));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(["framework-override.unknown-framework"], Codes(await DesignsApiTests.JsonBody(unknown), "framework"));
        Assert.Equal(HttpStatusCode.BadRequest, parts.StatusCode);
        Assert.Equal(["framework.unknown-criterion"], Codes(await DesignsApiTests.JsonBody(parts), "disabled.access.nothing"));
        Assert.Equal(["api.required"], Codes(await DesignsApiTests.JsonBody(empty), "yaml"));
        Assert.Equal(Override, got.GetProperty("yaml").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_override_page_shows_each_problem_with_its_code_and_saves_a_valid_override(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var admin = app.ClientFor(CredenceRoles.Admin);
        var slug = await NewInstitutionAsync(admin);

        using var refused = await FormPost.PostAsync(admin, $"/design/{slug}/framework-override", [new("Yaml", "framework: no-such-framework\n")]);
        var refusedHtml = await refused.Content.ReadAsStringAsync(Token);
        using var saved = await FormPost.PostAsync(admin, $"/design/{slug}/framework-override", [new("Yaml", Override)]);
        using var page = await admin.GetAsync($"/design/{slug}/framework-override", Token);
        var html = await page.Content.ReadAsStringAsync(Token);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("<code>framework-override.unknown-framework</code>", refusedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("versionSuffix: tested", html, StringComparison.Ordinal);
    }

    private static string[] Codes(System.Text.Json.JsonElement problem, string field) =>
        problem.GetProperty("codes").GetProperty(field).EnumerateArray().Select(c => c.GetString()!).ToArray();
}
