using System.Globalization;
using System.Security.Claims;
using Credence.Persistence;
using Credence.Persistence.Entities;
using Credence.Persistence.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Features.Employers;

/// <summary>Which employer partners an employer account speaks for: one Identity user claim per partner record, so one account can partner with several institutions.</summary>
internal static class EmployerAccounts
{
    /// <summary>The claim type; its value is the <see cref="Employer.Id"/>.</summary>
    public const string ClaimType = "credence:employer";

    /// <summary>The employer partners the signed-in employer account is linked to, read from the store (not the sign-in token, which may be older than the link).</summary>
    public static async Task<IReadOnlyList<Employer>> PartnersAsync(ClaimsPrincipal principal, UserManager<CredenceUser> users, CredenceDbContext db, CancellationToken cancellationToken)
    {
        if (!principal.IsInRole(CredenceRoles.Employer) || await users.GetUserAsync(principal) is not { } user)
        {
            return [];
        }

        var ids = (await users.GetClaimsAsync(user))
            .Where(c => c.Type == ClaimType)
            .Select(c => long.TryParse(c.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0)
            .ToList();
        return await db.Employers.AsNoTracking().Where(e => ids.Contains(e.Id)).OrderBy(e => e.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Links an account with the employer role to an employer partner; false when no such employer account exists.</summary>
    /// <remarks>Two links to one account at once clash on the account's concurrency stamp; the loser reads the account again and retries.</remarks>
    public static async Task<bool> LinkAsync(UserManager<CredenceUser> users, CredenceDbContext db, string email, Employer employer)
    {
        var value = employer.Id.ToString(CultureInfo.InvariantCulture);
        const int Attempts = 5;
        for (var attempt = 1; ; attempt++)
        {
            var user = await users.FindByEmailAsync(email);
            if (user is null || !await users.IsInRoleAsync(user, CredenceRoles.Employer))
            {
                return false;
            }

            if ((await users.GetClaimsAsync(user)).Any(c => c.Type == ClaimType && c.Value == value))
            {
                return true;
            }

            var result = await users.AddClaimAsync(user, new Claim(ClaimType, value));
            if (result.Succeeded)
            {
                return true;
            }

            if (attempt == Attempts || !result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
            {
                throw new InvalidOperationException($"Could not link {email} to employer {value}: {string.Join("; ", result.Errors.Select(e => e.Code))}.");
            }

            // Forget the claim that was not saved and read the account as it now is.
            foreach (var pending in db.ChangeTracker.Entries<IdentityUserClaim<string>>().Where(e => e.State == EntityState.Added).ToList())
            {
                pending.State = EntityState.Detached;
            }

            await db.Entry(user).ReloadAsync();
        }
    }
}
