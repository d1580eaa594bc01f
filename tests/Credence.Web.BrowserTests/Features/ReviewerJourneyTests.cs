using System.Globalization;
using Credence.Persistence.Entities;
using Credence.Persistence.Identity;
using Credence.Persistence.Institutions;
using Credence.Web.BrowserTests.Infrastructure;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Credence.Web.BrowserTests.Features;

public sealed class ReviewerJourneyTests(BrowserSession session)
{
    private const string Id = "srcc-phlebotomy-technician";
    private const string Criterion = "mvf.assessment.industry-standards";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact(Skip = Chromium.SkipReason, SkipUnless = nameof(Chromium.Runs), SkipType = typeof(Chromium))]
    public async Task A_reviewer_records_an_attestation_on_the_scorecard_page_and_sees_the_score_change()
    {
        var page = await SignedInAsync("reviewer@scioto-river.test", CredenceRoles.Reviewer);
        await page.GotoAsync($"/review/scioto-river/microcredentials/{Id}");
        var scoreBefore = await MvfScoreAsync(page);
        var criterion = page.Locator($"li[data-criterion='{Criterion}']");
        var statusBefore = await criterion.GetAttributeAsync("data-status");

        await criterion.GetByLabel("Yes, confirmed").CheckAsync();
        await criterion.GetByLabel("Evidence links, one per line").FillAsync("https://srcc.example.edu/reviews/phlebotomy-2026");
        await criterion.GetByLabel("Notes").FillAsync("The clinical advisory board checked the practicum rubric against hospital standards.");
        await Screenshots.SaveAsync(page, "review-attestation-form");
        await criterion.GetByRole(AriaRole.Button, new() { Name = "Record attestation" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("recorded=attestation", StringComparison.Ordinal));
        var scoreAfter = await MvfScoreAsync(page);
        var statusAfter = await page.Locator($"li[data-criterion='{Criterion}']").GetAttributeAsync("data-status");
        var notice = await page.GetByRole(AriaRole.Status).InnerTextAsync();
        var records = await page.Locator("section[aria-labelledby=attestations]").InnerTextAsync();
        await Screenshots.SaveAsync(page, "review-scorecard-after-attestation");

        Assert.Equal("not-enough-information", statusBefore);
        Assert.Equal("met", statusAfter);
        Assert.True(scoreAfter > scoreBefore, $"mvf score {scoreBefore} -> {scoreAfter}");
        Assert.Contains("rescored", notice, StringComparison.Ordinal);
        Assert.Contains("clinical advisory board", records, StringComparison.Ordinal);
    }

    [Theory(Skip = Chromium.SkipReason, SkipUnless = nameof(Chromium.Runs), SkipType = typeof(Chromium))]
    [InlineData("review-staff-view", "/review/scioto-river/microcredentials/srcc-cybersecurity-awareness", CredenceRoles.Reviewer)]
    [InlineData("dashboard", "/institutions/scioto-river/dashboard", CredenceRoles.Reviewer)]
    [InlineData("employer-partners", "/institutions/scioto-river/employers", CredenceRoles.Designer)]   // designers see the forms
    public async Task A_staff_page_has_no_serious_or_critical_axe_violations(string name, string path, string role)
    {
        var page = await SignedInAsync($"{name}@scioto-river.test", role);
        var response = await page.GotoAsync(path);
        await Screenshots.SaveAsync(page, name);
        var result = await page.RunAxe();
        var severe = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact} {v.Id}: {string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();

        Assert.Equal(200, response?.Status);
        Assert.True(result.Passes.Length > 0, "axe ran no checks");
        Assert.Empty(severe);
    }

    /// <summary>A new staff member of the sample institution, made with the app's user manager, signed in through the sign-in page.</summary>
    private async Task<IPage> SignedInAsync(string email, string role)
    {
        await using (var scope = session.Host.Services.CreateAsyncScope())
        {
            var institution = await scope.ServiceProvider.GetRequiredService<InstitutionStore>().FindAsync("scioto-river", Token);
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CredenceUser>>();
            var user = new CredenceUser { UserName = email, Email = email, InstitutionId = institution!.Id, DisplayName = "Dana Reviewer" };
            Assert.True((await users.CreateAsync(user, BrowserHost.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }

        var page = await session.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(BrowserHost.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        return page;
    }

    private static async Task<int> MvfScoreAsync(IPage page)
    {
        var text = await page.Locator("td.overall[data-framework=mvf]").InnerTextAsync();
        return int.Parse(text.Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
