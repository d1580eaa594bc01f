using Credence.Persistence.Identity;
using Credence.Web.BrowserTests.Infrastructure;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

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
        { "api-reference", "/api-reference" },
        { "verify", "/verify" },
        { "scorecard-page", "/review/scioto-river/microcredentials/srcc-it-help-desk-fundamentals" },
        { "pathway-scorecard-page", "/review/scioto-river/pathways/srcc-it-support-pathway" },
        { "pathway-page-data-analytics", "/catalog/scioto-river/pathways/srcc-data-analytics-pathway" },
    };

    /// <summary>Every design page a signed-in designer uses: name for the screenshot, path.</summary>
    public static TheoryData<string, string> DesignerPages() => new()
    {
        { "design-list", "/design" },
        { "design-new-microcredential", "/design/scioto-river/microcredentials/edit" },
        { "design-edit-microcredential", "/design/scioto-river/microcredentials/edit/srcc-it-help-desk-fundamentals" },
        { "design-edit-pathway", "/design/scioto-river/pathways/edit/srcc-it-support-pathway" },
        { "design-import", "/design/scioto-river/import" },
        { "design-compare", "/design/scioto-river/microcredentials/srcc-it-help-desk-fundamentals/compare" },
    };

    [Theory(Skip = Chromium.SkipReason, SkipUnless = nameof(Chromium.Runs), SkipType = typeof(Chromium))]
    [MemberData(nameof(DesignerPages))]
    public async Task A_design_page_has_no_serious_or_critical_axe_violations(string name, string path)
    {
        var page = await Designers.SignedInPageAsync(session);
        var response = await page.GotoAsync(path);
        var screenshot = await Screenshots.SaveAsync(page, name);
        var severe = await SevereViolationsAsync(page);

        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        Assert.True(new FileInfo(screenshot).Length > 0);
        Assert.Empty(severe);
    }

    [Fact(Skip = Chromium.SkipReason, SkipUnless = nameof(Chromium.Runs), SkipType = typeof(Chromium))]
    public async Task The_design_form_showing_field_errors_has_no_serious_or_critical_axe_violations()
    {
        var page = await Designers.SignedInPageAsync(session);
        await page.GotoAsync("/design/scioto-river/microcredentials/edit");
        await page.GetByRole(AriaRole.Group, new() { Name = "About", Exact = true }).GetByLabel("Id", new() { Exact = true }).FillAsync("Not An Id");
        await page.GetByLabel("Tuition").FillAsync("a lot");
        await Submit.ClickAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).First);
        var errors = await page.Locator("ul.field-error").CountAsync();
        var summaryFocused = await page.EvaluateAsync<bool>("() => document.activeElement !== null && document.activeElement.classList.contains('error-summary')");
        await Screenshots.SaveAsync(page, "design-form-errors");
        var severe = await SevereViolationsAsync(page);

        Assert.True(errors >= 3, $"{errors} fields show errors");   // id, title, tuition, competency 1
        Assert.True(summaryFocused, "the error summary has the focus");
        Assert.Empty(severe);
    }

    /// <summary>The staff pages of issuing and administration: name for the screenshot, path, the role signed in.</summary>
    public static TheoryData<string, string, string> StaffPages() => new()
    {
        { "issuing-desk", "/issuing", CredenceRoles.Issuer },
        { "issuing-desk-results-form", "/issuing?microcredential=srcc-it-help-desk-fundamentals", CredenceRoles.Issuer },
        { "admin-outbox", "/admin/outbox", CredenceRoles.Admin },
        { "admin-users", "/admin/users", CredenceRoles.Admin },
    };

    [Theory(Skip = Chromium.SkipReason, SkipUnless = nameof(Chromium.Runs), SkipType = typeof(Chromium))]
    [MemberData(nameof(StaffPages))]
    public async Task A_staff_page_has_no_serious_or_critical_axe_violations(string name, string path, string role)
    {
        var page = await StaffAccounts.SignedInPageAsync(session, role);
        var response = await page.GotoAsync(path);
        var screenshot = await Screenshots.SaveAsync(page, name);
        var severe = await SevereViolationsAsync(page);

        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        Assert.True(new FileInfo(screenshot).Length > 0);
        Assert.Empty(severe);
    }

    [Fact(Skip = Chromium.SkipReason, SkipUnless = nameof(Chromium.Runs), SkipType = typeof(Chromium))]
    public async Task The_results_form_showing_field_errors_has_no_serious_or_critical_axe_violations()
    {
        var page = await StaffAccounts.SignedInPageAsync(session, CredenceRoles.Issuer);
        await page.GotoAsync("/issuing?microcredential=srcc-it-help-desk-fundamentals");
        await page.GetByLabel("Learner's e-mail").FillAsync("not an address");
        await page.GetByLabel("Evidence link").First.FillAsync("ftp://example.org/lab");
        await page.Locator("input[name$='.Result']").First.FillAsync("pass");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record results" }).ClickAsync();
        var errors = await page.Locator("ul.field-error").CountAsync();
        await Screenshots.SaveAsync(page, "issuing-desk-errors");
        var severe = await SevereViolationsAsync(page);

        Assert.True(errors >= 3, $"{errors} fields show errors");   // e-mail, name, evidence link
        Assert.Empty(severe);
    }

    [Theory(Skip = Chromium.SkipReason, SkipUnless = nameof(Chromium.Runs), SkipType = typeof(Chromium))]
    [MemberData(nameof(DesignerPages))]
    public async Task A_design_page_fits_a_phone_screen_without_sideways_scrolling(string name, string path)
    {
        var page = await Designers.SignedInPageAsync(session, width: 390);
        await page.GotoAsync(path);
        await Screenshots.SaveAsync(page, name + "-phone");

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");

        Assert.True(overflow <= 0, $"{path} is {overflow} px wider than a 390 px phone screen");
    }

    private static async Task<List<string>> SevereViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        Assert.True(result.Passes.Length > 0, "axe ran no checks");
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact} {v.Id}: {string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
    }

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
