using Credence.Persistence.Entities;
using Credence.Persistence.Identity;
using Credence.Persistence.Institutions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Credence.Web.BrowserTests.Infrastructure;

/// <summary>A designer of the sample institution, made once with the app's own Identity user manager, and browser pages signed in as that designer through the sign-in page.</summary>
public static class Designers
{
    public const string Email = "designer@scioto-river.test";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static bool _created;

    /// <summary>A fresh page, signed in as the designer.</summary>
    public static async Task<IPage> SignedInPageAsync(BrowserSession session, int width = 1280)
    {
        await EnsureCreatedAsync(session.Host);
        var page = await session.NewPageAsync(width, width < 800 ? 844 : 900);
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(Email);
        await page.GetByLabel("Password").FillAsync(BrowserHost.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        return page;
    }

    private static async Task EnsureCreatedAsync(BrowserHost host)
    {
        await Gate.WaitAsync();
        try
        {
            if (_created)
            {
                return;
            }

            await using var scope = host.Services.CreateAsyncScope();
            var institution = await scope.ServiceProvider.GetRequiredService<InstitutionStore>().FindAsync("scioto-river", CancellationToken.None);
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CredenceUser>>();
            var user = new CredenceUser { UserName = Email, Email = Email, InstitutionId = institution!.Id };
            Assert.True((await users.CreateAsync(user, BrowserHost.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, CredenceRoles.Designer)).Succeeded);
            _created = true;
        }
        finally
        {
            Gate.Release();
        }
    }
}
