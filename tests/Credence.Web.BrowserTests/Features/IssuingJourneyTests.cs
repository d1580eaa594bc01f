using Credence.Persistence.Entities;
using Credence.Persistence.Identity;
using Credence.Persistence.Institutions;
using Credence.Web.BrowserTests.Infrastructure;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Credence.Web.BrowserTests.Features;

public sealed class IssuingJourneyTests(BrowserSession session)
{
    private const string IssuerEmail = "registrar@scioto-river.test";
    private const string LearnerEmail = "maya.chen@learners.test";
    private const string Microcredential = "srcc-it-help-desk-fundamentals";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact(Skip = Chromium.SkipReason, SkipUnless = nameof(Chromium.Runs), SkipType = typeof(Chromium))]
    public async Task An_issuer_records_mastery_and_issues_the_learner_downloads_the_baked_png_it_verifies_and_once_revoked_verifies_as_revoked()
    {
        await AddUserAsync(IssuerEmail, CredenceRoles.Issuer);
        await AddUserAsync(LearnerEmail, CredenceRoles.Learner);
        var issuer = await SignedInAsync(IssuerEmail);
        var learner = await SignedInAsync(LearnerEmail);

        // The issuer records every competency at its required level: the award is made; then issues it.
        await issuer.GotoAsync($"/issuing?microcredential={Microcredential}");
        await issuer.GetByLabel("Learner's e-mail").FillAsync(LearnerEmail);
        await issuer.GetByLabel("Learner's name").FillAsync("Maya Chen");
        foreach (var level in await issuer.Locator("select[name$='.Level']").AllAsync())
        {
            await level.SelectOptionAsync((await level.Locator("option", new() { HasText = "(required)" }).GetAttributeAsync("value"))!);
        }

        foreach (var box in await issuer.Locator("input[name$='.Mastered']").AllAsync())
        {
            await box.CheckAsync();
        }

        await issuer.GetByRole(AriaRole.Button, new() { Name = "Record results" }).ClickAsync();
        var recorded = await issuer.Locator("[data-message]").InnerTextAsync();
        await issuer.GetByRole(AriaRole.Button, new() { Name = "Issue to Maya Chen" }).ClickAsync();
        var issued = await issuer.Locator("[data-message]").InnerTextAsync();
        await Screenshots.SaveAsync(issuer, "issuing-desk");

        // The learner downloads the baked PNG from the wallet.
        await learner.GotoAsync("/wallet");
        var wallet = await learner.RunAxe();
        await Screenshots.SaveAsync(learner, "wallet");
        var download = await learner.RunAndWaitForDownloadAsync(() => learner.GetByRole(AriaRole.Link, new() { Name = "PNG badge of IT Help Desk Fundamentals" }).ClickAsync());
        var png = Path.Combine(Path.GetTempPath(), $"credence-e2e-{Guid.NewGuid():N}.png");
        await download.SaveAsAsync(png);

        // Anyone verifies it on the verifier page.
        var visitor = await session.NewPageAsync();
        var before = await VerifyAsync(visitor, png);
        await Screenshots.SaveAsync(visitor, "verify-issued-png");

        // The issuer revokes it; verifying the same image again says revoked.
        await issuer.GotoAsync($"/issuing?state=active&learner={LearnerEmail}");
        await issuer.GetByLabel("Reason").First.FillAsync("The assessment was taken by someone else.");
        await issuer.GetByRole(AriaRole.Button, new() { Name = "Revoke" }).First.ClickAsync();
        var after = await VerifyAsync(visitor, png);
        await Screenshots.SaveAsync(visitor, "verify-revoked-png");

        // The learner's badge page says so too.
        await learner.GotoAsync("/wallet");
        await learner.GetByRole(AriaRole.Link, new() { Name = "Badge page of IT Help Desk Fundamentals" }).ClickAsync();
        var badgeState = await learner.Locator("[data-state]").First.GetAttributeAsync("data-state");
        var badge = await learner.RunAxe();
        await Screenshots.SaveAsync(learner, "badge-page-revoked");
        File.Delete(png);

        Assert.Contains("awarded", recorded, StringComparison.Ordinal);
        Assert.Contains("Issued", issued, StringComparison.Ordinal);
        Assert.Equal("verify.verified", before);
        Assert.Equal("verify.revoked", after);
        Assert.Equal("revoked", badgeState);
        Assert.Empty(wallet.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id));
        Assert.Empty(badge.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id));
    }

    private static async Task<string?> VerifyAsync(IPage page, string png)
    {
        await page.GotoAsync("/verify");
        await page.GetByLabel("Upload a badge image (PNG or SVG) or a credential file").SetInputFilesAsync(png);
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
        return await page.Locator("[data-verdict]").GetAttributeAsync("data-verdict");
    }

    private async Task<IPage> SignedInAsync(string email)
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(BrowserHost.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        return page;
    }

    private async Task AddUserAsync(string email, string role)
    {
        await using var scope = session.Host.Services.CreateAsyncScope();
        var institution = await scope.ServiceProvider.GetRequiredService<InstitutionStore>().FindAsync("scioto-river", Token);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CredenceUser>>();
        var user = new CredenceUser { UserName = email, Email = email, EmailConfirmed = true, InstitutionId = institution!.Id };
        Assert.True((await users.CreateAsync(user, BrowserHost.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }
}
