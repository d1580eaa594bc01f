using System.Net;
using System.Net.Http.Json;
using Credence.Persistence.Identity;
using Credence.Persistence.Tests.Infrastructure;
using Credence.Web.Tests.Infrastructure;

namespace Credence.Web.Tests.Features;

public sealed class VersionCompareTests(WebApps apps)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static IEnumerable<TheoryDataRow<string>> Providers() => TestProviders.All();

    /// <summary>Version 1 published without validity, version 2 a draft that states it (the gap mvf.clarity.expiry-stated fixed).</summary>
    private static async Task<string> TwoVersionsAsync(HttpClient designer)
    {
        var id = DesignBodies.NewId("compared");
        using var first = await FormPost.PostAsync(designer, "/design/lakeshore/microcredentials/edit", DesignFormTests.Microcredential(id, validity: false, command: "publish"));
        using var second = await FormPost.PostAsync(designer, $"/design/lakeshore/microcredentials/edit/{id}", DesignFormTests.Microcredential(id, validity: true, title: "Drone Survey Mapping II"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        return id;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Comparing_two_versions_lists_the_changed_fields_and_each_criterion_whose_verdict_moved(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        await DesignBodies.CreateAsync(app, "pathways", DesignBodies.NewId("compare-path"), publish: false);   // see DesignFormTests: keeps "pathway membership" decided for both versions
        var id = await TwoVersionsAsync(designer);

        using var response = await designer.GetAsync($"/api/microcredentials/lakeshore/{id}/compare?from=1&to=2", Token);
        var body = await DesignsApiTests.JsonBody(response);
        var fields = body.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("field").GetString()!, f => f);
        var mvf = body.GetProperty("frameworks").EnumerateArray().Single(f => f.GetProperty("frameworkId").GetString() == "mvf");
        var expiry = mvf.GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("criterionId").GetString() == "mvf.clarity.expiry-stated");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Drone Survey Mapping", fields["title"].GetProperty("before").GetString());
        Assert.Equal("Drone Survey Mapping II", fields["title"].GetProperty("after").GetString());
        Assert.False(fields["validity.months"].TryGetProperty("before", out _));   // absent in version 1
        Assert.Equal("36", fields["validity.months"].GetProperty("after").GetString());
        Assert.DoesNotContain("description", fields.Keys);                        // unchanged fields are not listed
        Assert.Equal("not-met", expiry.GetProperty("before").GetString());
        Assert.Equal("met", expiry.GetProperty("after").GetString());
        Assert.True(mvf.GetProperty("scoreAfter").GetDouble() > mvf.GetProperty("scoreBefore").GetDouble());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_compare_page_shows_the_score_change_and_the_changed_criterion_and_fields(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        var id = await TwoVersionsAsync(designer);

        var html = await designer.GetStringAsync($"/design/lakeshore/microcredentials/{id}/compare?from=1&to=2", Token);
        var edit = await designer.GetStringAsync($"/design/lakeshore/microcredentials/edit/{id}", Token);

        Assert.Contains("<h1>Version 1 compared with version 2</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<tr data-criterion=\"mvf.clarity.expiry-stated\">", html, StringComparison.Ordinal);
        Assert.Contains("<tr data-field=\"validity.months\">", html, StringComparison.Ordinal);
        Assert.Contains($"action=\"/design/lakeshore/microcredentials/{id}/compare\"", edit, StringComparison.Ordinal);   // the form links to the comparison
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Comparing_with_a_missing_version_is_not_found_and_without_numbers_is_a_query_error(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        var id = DesignBodies.NewId("single");
        await DesignBodies.CreateAsync(app, "microcredentials", id, publish: false);

        using var missing = await designer.GetAsync($"/api/microcredentials/lakeshore/{id}/compare?from=1&to=7", Token);
        using var noNumbers = await designer.GetAsync($"/api/microcredentials/lakeshore/{id}/compare", Token);

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("design.not-found", (await DesignsApiTests.JsonBody(missing)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, noNumbers.StatusCode);
        var codes = DesignsApiTests.Codes(await DesignsApiTests.JsonBody(noNumbers));
        Assert.Equal(["api.invalid-query"], codes["from"]);
        Assert.Equal(["api.invalid-query"], codes["to"]);
    }
}
