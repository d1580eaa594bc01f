using Credence.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Credence.Web.BrowserTests.Features;

public sealed class CatalogSearchTests(BrowserSession session)
{
    [Fact(Skip = Chromium.SkipReason, SkipUnless = nameof(Chromium.Runs), SkipType = typeof(Chromium))]
    public async Task A_visitor_finds_a_microcredential_by_a_skill_word_and_sees_its_competencies_and_value_label()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/");

        // "blueprints" appears only in an ESCO skill aligned to one competency of the CNC microcredential.
        await page.GetByLabel("Search titles, descriptions, competencies and skills").FillAsync("blueprints");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("q=blueprints", StringComparison.Ordinal));
        var results = page.Locator("ol.results > li");
        var resultCount = await results.CountAsync();
        await Screenshots.SaveAsync(page, "search-results");
        await results.GetByRole(AriaRole.Link, new() { Name = "CNC Machining Fundamentals" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/catalog/scioto-river/microcredentials/srcc-cnc-machining-fundamentals", StringComparison.Ordinal));
        var heading = await page.Locator("h1").InnerTextAsync();
        var valueLabel = await page.Locator("section.value-label").InnerTextAsync();
        var competencies = await page.Locator("section[aria-labelledby=competencies]").InnerTextAsync();
        await Screenshots.SaveAsync(page, "microcredential");

        Assert.Equal(1, resultCount);
        Assert.Equal("CNC Machining Fundamentals", heading);
        Assert.Contains("Value at a glance", valueLabel, StringComparison.Ordinal);
        Assert.Contains("Cost", valueLabel, StringComparison.Ordinal);
        Assert.Contains("Employer backing", valueLabel, StringComparison.Ordinal);
        Assert.Contains("What you will be able to do", competencies, StringComparison.Ordinal);
        Assert.Contains("read standard blueprints", competencies, StringComparison.Ordinal);
    }
}
