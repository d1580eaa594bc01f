using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Credence.Persistence.Entities;
using Credence.Persistence.Identity;
using Credence.Persistence.Institutions;
using Credence.Web.BrowserTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Credence.Web.BrowserTests.Features;

public sealed class DesignerJourneyTests(BrowserSession session)
{
    private const string DesignerEmail = "designer@scioto-river.test";
    private const string Id = "srcc-drone-survey-mapping";
    private const string Title = "Drone Survey Mapping";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact(Skip = Chromium.SkipReason, SkipUnless = nameof(Chromium.Runs), SkipType = typeof(Chromium))]
    public async Task A_designer_fixes_a_scorecard_gap_sees_the_draft_rescored_publishes_and_a_visitor_then_finds_it_in_the_catalog()
    {
        using var designer = await SignedInDesignerAsync();
        using var created = await designer.PostAsJsonAsync("/api/microcredentials/scioto-river", Design(validityStated: false), Token);
        var before = await MvfDraftAsync(designer);
        using var saved = await designer.PutAsJsonAsync($"/api/microcredentials/scioto-river/{Id}/draft", Design(validityStated: true), Token);
        var after = await MvfDraftAsync(designer);

        var page = await session.NewPageAsync();
        var foundBeforePublishing = await SearchAsync(page, "photogrammetry");
        using var published = await designer.PostAsync($"/api/microcredentials/scioto-river/{Id}/publish", null, Token);
        var foundAfterPublishing = await SearchAsync(page, "photogrammetry");
        await page.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith($"/catalog/scioto-river/microcredentials/{Id}", StringComparison.Ordinal));
        var heading = await page.Locator("h1").InnerTextAsync();
        var competencies = await page.Locator("section[aria-labelledby=competencies]").InnerTextAsync();
        var scores = await page.Locator("section[aria-labelledby=scores]").InnerTextAsync();
        await Screenshots.SaveAsync(page, "published-by-designer");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.True(after.Score > before.Score, $"mvf score {before.Score} -> {after.Score}");
        Assert.Equal("not-met", before.Expiry);
        Assert.Equal("met", after.Expiry);
        Assert.Equal(0, foundBeforePublishing);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(1, foundAfterPublishing);
        Assert.Equal(Title, heading);
        Assert.Contains("photogrammetry", competencies, StringComparison.Ordinal);
        Assert.Contains(" / 100", scores, StringComparison.Ordinal);
    }

    /// <summary>Types the words into the catalog search, submits, and returns how many results the page lists.</summary>
    private static async Task<int> SearchAsync(IPage page, string words)
    {
        await page.GotoAsync("/");
        await page.GetByLabel("Search titles, descriptions, competencies and skills").FillAsync(words);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("q=" + words, StringComparison.Ordinal));
        return await page.Locator("ol.results > li").CountAsync();
    }

    /// <summary>A designer of the sample institution, made with the app's own Identity user manager, signed in through the token endpoint.</summary>
    private async Task<HttpClient> SignedInDesignerAsync()
    {
        await using (var scope = session.Host.Services.CreateAsyncScope())
        {
            var institution = await scope.ServiceProvider.GetRequiredService<InstitutionStore>().FindAsync("scioto-river", Token);
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CredenceUser>>();
            var user = new CredenceUser { UserName = DesignerEmail, Email = DesignerEmail, InstitutionId = institution!.Id };
            Assert.True((await users.CreateAsync(user, BrowserHost.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, CredenceRoles.Designer)).Succeeded);
        }

        var client = new HttpClient { BaseAddress = session.Host.Address };
        using var response = await client.PostAsJsonAsync("/api/account/token", new { email = DesignerEmail, password = BrowserHost.Password }, Token);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>The draft's Microcredential Value Framework scorecard: the overall score and the status of the criterion the gap is about.</summary>
    private static async Task<(double Score, string? Expiry)> MvfDraftAsync(HttpClient designer)
    {
        using var body = JsonDocument.Parse(await designer.GetStringAsync($"/api/microcredentials/scioto-river/{Id}/draft/scorecards", Token));
        var mvf = body.RootElement.EnumerateArray().Single(s => s.GetProperty("frameworkId").GetString() == "mvf");
        var expiry = mvf.GetProperty("scorecard").GetProperty("criteria").EnumerateArray()
            .Single(c => c.GetProperty("criterionId").GetString() == "mvf.clarity.expiry-stated").GetProperty("status").GetString();
        return (mvf.GetProperty("overallScore").GetDouble(), expiry);
    }

    /// <summary>A well-filled design; without <paramref name="validityStated"/> it has the gap "validity and renewal stated" (mvf.clarity.expiry-stated).</summary>
    private static object Design(bool validityStated) => new
    {
        id = Id,
        title = Title,
        description = "Plan and fly survey missions and turn the images into maps.",
        competencies = new[] { new { id = "map", statement = "Produce orthomosaic maps with photogrammetry software.", kind = "technical", requiredProficiency = new { scale = "dreyfus", level = "competent" } } },
        assessments = new[] { new { id = "field-survey", method = "practicum", performanceBased = true, assesses = new[] { "map" } } },
        awardRule = new { masteryOfAllCompetencies = true },
        duration = new { hours = 45, weeks = 6 },
        deliveryModes = new[] { "hybrid" },
        cost = new { tuition = 650, currency = "USD", openEducationalResources = true },
        entry = new { openAccess = true },
        employerPartners = new[] { new { employer = "Buckeye Land Surveys", activities = new[] { "co-designed", "validated" }, date = "2026-01-15" } },
        validity = validityStated ? new { months = 36, renewal = "Renew with the current airspace rules module." } : null,
        lastUpdated = "2026-02-01",
    };
}
