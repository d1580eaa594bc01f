using Credence.Persistence;
using Credence.Persistence.Entities;
using Credence.Persistence.Identity;
using Microsoft.AspNetCore.Identity;

namespace Credence.Web.Shared;

/// <summary>On start-up: applies migrations (unless <c>Database:MigrateOnStartup</c> is false), creates the six roles, creates the first admin from <c>CREDENCE_ADMIN_EMAIL</c> / <c>CREDENCE_ADMIN_PASSWORD</c> when both are set, and loads the sample institution into an empty database.</summary>
internal sealed class StartupInitializer(IServiceProvider services, IConfiguration configuration, ILogger<StartupInitializer> logger) : IHostedService
{
    public const string AdminEmailVariable = "CREDENCE_ADMIN_EMAIL";

    public const string AdminPasswordVariable = "CREDENCE_ADMIN_PASSWORD";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        if (configuration.GetValue("Database:MigrateOnStartup", defaultValue: true))
        {
            await CredenceDatabase.MigrateAsync(scope.ServiceProvider.GetRequiredService<CredenceDbContext>(), cancellationToken);
        }

        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in CredenceRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                EnsureSucceeded(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
            }
        }

        await BootstrapAdminAsync(scope.ServiceProvider.GetRequiredService<UserManager<CredenceUser>>());
        await SampleInstitution.LoadIfEmptyAsync(scope.ServiceProvider, configuration, logger, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task BootstrapAdminAsync(UserManager<CredenceUser> users)
    {
        var email = configuration[AdminEmailVariable];
        var password = configuration[AdminPasswordVariable];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return;
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var admin = new CredenceUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Administrator" };
        EnsureSucceeded(await users.CreateAsync(admin, password), $"create the admin {email} from {AdminEmailVariable}");
        EnsureSucceeded(await users.AddToRoleAsync(admin, CredenceRoles.Admin), "give the first admin the admin role");
        logger.LogInformation("Created the first admin account {Email} from {Variable}.", email, AdminEmailVariable);
    }

    private static void EnsureSucceeded(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {string.Join("; ", result.Errors.Select(e => e.Code))}.");
        }
    }
}
