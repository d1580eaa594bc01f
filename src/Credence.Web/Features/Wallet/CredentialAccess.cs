using System.Security.Claims;
using Credence.Persistence.Entities;
using Credence.Persistence.Identity;
using Microsoft.AspNetCore.Identity;

namespace Credence.Web.Features.Wallet;

/// <summary>Who may see a credential: anyone when its holder made it public; otherwise its holder, the issuing institution's issuers, and admins.</summary>
internal static class CredentialAccess
{
    public static async Task<bool> IsHolderAsync(ClaimsPrincipal principal, HeldCredential credential, WalletQueries wallet, CancellationToken cancellationToken) =>
        principal.IsInRole(CredenceRoles.Learner) && (await wallet.LearnerIdsAsync(principal, cancellationToken)).Contains(credential.LearnerId);

    public static async Task<bool> MaySeeAsync(
        ClaimsPrincipal principal, HeldCredential credential, WalletQueries wallet, UserManager<CredenceUser> users, CancellationToken cancellationToken)
    {
        if (credential.IsPublic || principal.IsInRole(CredenceRoles.Admin))
        {
            return true;
        }

        if (principal.IsInRole(CredenceRoles.Issuer) && (await users.GetUserAsync(principal))?.InstitutionId == credential.InstitutionId)
        {
            return true;
        }

        return await IsHolderAsync(principal, credential, wallet, cancellationToken);
    }
}
