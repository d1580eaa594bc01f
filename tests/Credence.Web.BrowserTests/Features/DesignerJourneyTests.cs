using System.Globalization;
using Credence.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Credence.Web.BrowserTests.Features;

public sealed class DesignerJourneyTests(BrowserSession session)
{
    private const string Id = "srcc-drone-survey-mapping";
    private const string Title = "Drone Survey Mapping";

    // "orthorectification" appears only in the name of the skill alignment the designer adds.
    private const string SkillWord = "orthorectification";

    [Fact(Skip = Chromium.SkipReason, SkipUnless = nameof(Chromium.Runs), SkipType = typeof(Chromium))]
    public async Task A_designer_creates_a_microcredential_in_the_form_fixes_a_gap_sees_the_score_rise_publishes_and_a_visitor_finds_it_by_a_skill()
    {
        var designer = await Designers.SignedInPageAsync(session);
        await designer.GotoAsync("/design");
        await designer.GetByRole(AriaRole.Link, new() { Name = "New microcredential" }).ClickAsync();
        var about = designer.GetByRole(AriaRole.Group, new() { Name = "About", Exact = true });
        await about.GetByLabel("Id", new() { Exact = true }).FillAsync(Id);
        await about.GetByLabel("Title", new() { Exact = true }).FillAsync(Title);
        await about.GetByLabel("Description").FillAsync("Plan and fly survey missions and turn the images into maps.");
        var competency = designer.GetByRole(AriaRole.Group, new() { Name = "Competency 1", Exact = true });
        await competency.GetByLabel("Id", new() { Exact = true }).FillAsync("map");
        await competency.GetByLabel("What the learner can do").FillAsync("Produce orthomosaic maps with photogrammetry software.");
        await competency.GetByLabel("Proficiency scale").FillAsync("dreyfus");
        await competency.GetByLabel("Required level").FillAsync("competent");
        await Submit.ClickAsync(designer, designer.GetByRole(AriaRole.Button, new() { Name = "Add a skill alignment to competency 1" }));
        var alignment = designer.GetByRole(AriaRole.Group, new() { Name = "Skill alignment 1 of competency 1", Exact = true });
        await alignment.GetByLabel("Taxonomy").SelectOptionAsync("other");
        await alignment.GetByLabel("Name").FillAsync("Orthorectification of aerial imagery");
        await Submit.ClickAsync(designer, designer.GetByRole(AriaRole.Button, new() { Name = "Add an assessment" }));
        var assessment = designer.GetByRole(AriaRole.Group, new() { Name = "Assessment 1", Exact = true });
        await assessment.GetByLabel("Id", new() { Exact = true }).FillAsync("field-survey");
        await assessment.GetByLabel("Method").SelectOptionAsync("practicum");
        await assessment.GetByLabel("Performance-based").CheckAsync();
        await assessment.GetByLabel("Competencies assessed").FillAsync("map");
        await designer.GetByLabel("Awarded when every competency is mastered").SelectOptionAsync("yes");
        await designer.GetByLabel("Learning hours").FillAsync("45");
        await designer.GetByLabel("Weeks", new() { Exact = true }).FillAsync("6");
        await designer.GetByLabel("hybrid").CheckAsync();
        await designer.GetByLabel("Tuition").FillAsync("650");
        await designer.GetByLabel("Learning materials are open educational resources").CheckAsync();
        await designer.GetByLabel("Open to everyone, no prerequisite").SelectOptionAsync("yes");
        await Submit.ClickAsync(designer, designer.GetByRole(AriaRole.Button, new() { Name = "Add an employer" }));
        var employer = designer.GetByRole(AriaRole.Group, new() { Name = "Employer 1", Exact = true });
        await employer.GetByLabel("Employer", new() { Exact = true }).FillAsync("Buckeye Land Surveys");
        await employer.GetByLabel("co designed").CheckAsync();
        await employer.GetByLabel("validated").CheckAsync();
        await employer.GetByLabel("Date", new() { Exact = true }).FillAsync("2026-01-15");
        await designer.GetByLabel("Last updated").FillAsync("2026-02-01");
        await Screenshots.SaveAsync(designer, "design-form-filled");
        await Submit.ClickAsync(designer, designer.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).First);
        var before = await MvfScoreAsync(designer);
        var gapBefore = await designer.Locator("li[data-criterion='mvf.clarity.expiry-stated']").CountAsync();
        await Screenshots.SaveAsync(designer, "design-form-draft-scored");

        await designer.GetByLabel("Valid for (months)").FillAsync("36");
        await designer.GetByLabel("How to renew").FillAsync("Renew with the current airspace rules module.");
        await Submit.ClickAsync(designer, designer.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).First);
        var after = await MvfScoreAsync(designer);
        var gapAfter = await designer.Locator("li[data-criterion='mvf.clarity.expiry-stated']").CountAsync();

        var visitor = await session.NewPageAsync();
        var foundBeforePublishing = await SearchAsync(visitor, SkillWord);
        await Submit.ClickAsync(designer, designer.GetByRole(AriaRole.Button, new() { Name = "Save and publish" }).First);
        var notice = await designer.Locator("p.notice").InnerTextAsync();
        var foundAfterPublishing = await SearchAsync(visitor, SkillWord);
        await visitor.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await visitor.WaitForURLAsync(url => url.EndsWith($"/catalog/scioto-river/microcredentials/{Id}", StringComparison.Ordinal));
        var heading = await visitor.Locator("h1").InnerTextAsync();
        var competencies = await visitor.Locator("section[aria-labelledby=competencies]").InnerTextAsync();
        await Screenshots.SaveAsync(visitor, "published-by-designer");

        Assert.Equal(1, gapBefore);
        Assert.Equal(0, gapAfter);
        Assert.True(after > before, $"mvf score {before} -> {after}");
        Assert.Equal(0, foundBeforePublishing);
        Assert.Equal("Published version 1.", notice);
        Assert.Equal(1, foundAfterPublishing);
        Assert.Equal(Title, heading);
        Assert.Contains("Orthorectification of aerial imagery", competencies, StringComparison.Ordinal);
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

    /// <summary>The Microcredential Value Framework's overall score the form page shows.</summary>
    private static async Task<double> MvfScoreAsync(IPage page)
    {
        var text = await page.Locator("[data-score=mvf]").InnerTextAsync();
        return double.Parse(text.Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
