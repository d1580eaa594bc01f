using Credence.Persistence.Entities;
using Credence.Persistence.Identity;
using Credence.Persistence.Institutions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Credence.Web.BrowserTests.Infrastructure;

/// <summary>Browser pages signed in as the sample institution's issuer (made once with the app's own user manager) or as the instance's admin.</summary>
public static class StaffAccounts
{
    public const string IssuerEmail = "issuer-desk@scioto-river.test";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static bool _created;

    /// <summary>A fresh page signed in with the role's account: <see cref="CredenceRoles.Issuer"/> or <see cref="CredenceRoles.Admin"/>.</summary>
    public static async Task<IPage> SignedInPageAsync(BrowserSession session, string role)
    {
        var email = role switch
        {
            CredenceRoles.Issuer => IssuerEmail,
            CredenceRoles.Admin => BrowserHost.AdminEmail,
            _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Only the issuer and the admin have staff pages here."),
        };
        if (role == CredenceRoles.Issuer)
        {
            await EnsureIssuerAsync(session.Host);
        }

        var page = await session.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(BrowserHost.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        return page;
    }

    private static async Task EnsureIssuerAsync(BrowserHost host)
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
            var user = new CredenceUser { UserName = IssuerEmail, Email = IssuerEmail, InstitutionId = institution!.Id };
            Assert.True((await users.CreateAsync(user, BrowserHost.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, CredenceRoles.Issuer)).Succeeded);
            _created = true;
        }
        finally
        {
            Gate.Release();
        }
    }
}
