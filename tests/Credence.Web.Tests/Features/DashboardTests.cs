using System.Net;
using System.Net.Http.Json;
using Credence.Persistence.Identity;
using Credence.Persistence.Tests.Infrastructure;
using Credence.Web.Tests.Infrastructure;
using static Credence.Web.Tests.Features.DesignsApiTests;
using static Credence.Web.Tests.Infrastructure.ReviewHelpers;

namespace Credence.Web.Tests.Features;

public sealed class DashboardTests(WebApps apps)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static IEnumerable<TheoryDataRow<string>> Providers() => TestProviders.All();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_dashboard_ranks_the_portfolio_by_value_and_counts_the_designs_of_each_top_gap(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var admin = app.ClientFor(CredenceRoles.Admin);
        var institution = DesignBodies.NewId("dash");
        using var added = await admin.PostAsJsonAsync("/api/institutions", new { slug = institution, name = "Dashboard College" }, Token);
        var bare = DesignBodies.NewId("bare");
        var rich = DesignBodies.NewId("rich");
        var path = DesignBodies.NewId("path");
        await CreateAsync(app, institution, "microcredentials", bare, new { id = bare, title = "Bare" }, publish: true);
        await CreateAsync(app, institution, "microcredentials", rich, DesignBodies.For("microcredentials", rich, "Rich"), publish: false);
        await CreateAsync(app, institution, "pathways", path, DesignBodies.For("pathways", path, "Path"), publish: true);

        using var response = await admin.GetAsync($"/api/institutions/{institution}/dashboard", Token);
        var body = await JsonBody(response);
        var portfolio = body.GetProperty("portfolio").EnumerateArray().ToList();
        var microcredentials = portfolio.Where(p => p.GetProperty("kind").GetString() == "microcredential").ToList();
        var gaps = body.GetProperty("topGaps").EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, portfolio.Count);
        Assert.Equal([rich, bare], microcredentials.Select(p => p.GetProperty("id").GetString()));
        Assert.Equal("draft", microcredentials[0].GetProperty("status").GetString());
        Assert.Equal("mvf", microcredentials[0].GetProperty("rankedBy").GetString());
        Assert.Equal("pathway-design", portfolio.Single(p => p.GetProperty("id").GetString() == path).GetProperty("rankedBy").GetString());
        var scores = portfolio.Select(p => p.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.InRange(gaps.Count, 1, 10);
        var counts = gaps.Select(g => g.GetProperty("notMet").GetInt32() + g.GetProperty("notEnoughInformation").GetInt32()).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
        Assert.Equal(2, counts[0]);                                                       // both microcredentials lack the top gap
        Assert.All(gaps, g => Assert.Equal(g.GetProperty("notMet").GetInt32() + g.GetProperty("notEnoughInformation").GetInt32(), g.GetProperty("designs").GetArrayLength()));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Ranking_by_one_framework_keeps_the_designs_it_judges_and_an_unknown_framework_is_a_field_problem(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var reviewer = app.ClientFor(CredenceRoles.Reviewer);
        await DesignBodies.CreateAsync(app, "pathways", DesignBodies.NewId("ranked"), publish: true);

        var eu = await JsonBody(await reviewer.GetAsync("/api/institutions/lakeshore/dashboard?framework=eu-microcredential", Token));
        using var bad = await reviewer.GetAsync("/api/institutions/lakeshore/dashboard?framework=nope", Token);

        Assert.All(eu.GetProperty("portfolio").EnumerateArray(), p => Assert.Equal("microcredential", p.GetProperty("kind").GetString()));
        Assert.Equal(["api.invalid-query"], Codes(await JsonBody(bad))["framework"]);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_dashboard_page_links_each_scorecard_and_is_for_the_institution_staff(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        using var other = app.ClientFor(WebApp.OtherDesigner);
        using var visitor = app.ClientFor(WebApp.Anonymous);
        var id = DesignBodies.NewId("listed");
        await DesignBodies.CreateAsync(app, "microcredentials", id, publish: true);

        var html = await designer.GetStringAsync("/institutions/lakeshore/dashboard", Token);
        using var mine = await designer.GetAsync("/dashboard", Token);
        using var refused = await other.GetAsync("/institutions/lakeshore/dashboard", Token);
        using var anonymous = await visitor.GetAsync("/institutions/lakeshore/dashboard", Token);

        Assert.Contains($"href=\"/review/lakeshore/microcredentials/{id}?version=newest\"", html, StringComparison.Ordinal);
        Assert.Contains("Top gaps across the portfolio", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, mine.StatusCode);
        Assert.Equal("/institutions/lakeshore/dashboard", mine.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }
}
