using Credence.Web.BrowserTests.Infrastructure;
using Deque.AxeCore.Playwright;

namespace Credence.Web.BrowserTests.Features;

public sealed class AccessibilityTests(BrowserSession session)
{
    /// <summary>Every public page: name for the screenshot, path.</summary>
    public static TheoryData<string, string> PublicPages() => new()
    {
        { "catalog", "/" },
        { "catalog-search", "/?q=data" },
        { "microcredential-page", "/catalog/scioto-river/microcredentials/srcc-it-help-desk-fundamentals" },
        { "pathway-page", "/catalog/scioto-river/pathways/srcc-it-support-pathway" },
        { "login", "/account/login" },
        { "about", "/about" },
        { "scorecard-page", "/review/scioto-river/microcredentials/srcc-it-help-desk-fundamentals" },
        { "pathway-scorecard-page", "/review/scioto-river/pathways/srcc-it-support-pathway" },
        { "pathway-page-data-analytics", "/catalog/scioto-river/pathways/srcc-data-analytics-pathway" },
    };

    [Theory(Skip = Chromium.SkipReason, SkipUnless = nameof(Chromium.Runs), SkipType = typeof(Chromium))]
    [MemberData(nameof(PublicPages))]
    public async Task A_public_page_has_no_serious_or_critical_axe_violations(string name, string path)
    {
        var page = await session.NewPageAsync();
        var response = await page.GotoAsync(path);
        var screenshot = await Screenshots.SaveAsync(page, name);
        var result = await page.RunAxe();
        var severe = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact} {v.Id}: {string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();

        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        Assert.True(new FileInfo(screenshot).Length > 0);
        Assert.True(result.Passes.Length > 0, "axe ran no checks");
        Assert.Empty(severe);
    }
}
