using System.Security.Claims;
using Credence.Persistence.Auditing;
using Credence.Persistence.Entities;
using Credence.Persistence.Identity;
using Microsoft.AspNetCore.Identity;

namespace Credence.Web.Shared;

/// <summary>Which institution a signed-in user may act for: admins for any, everyone else for their own.</summary>
internal static class UserInstitution
{
    public static async Task<bool> MayActForAsync(ClaimsPrincipal principal, Institution institution, UserManager<CredenceUser> users)
    {
        if (principal.IsInRole(CredenceRoles.Admin))
        {
            return true;
        }

        var user = await users.GetUserAsync(principal);
        return user?.InstitutionId == institution.Id;
    }

    public static Actor ActorOf(ClaimsPrincipal principal) =>
        new(principal.FindFirstValue(ClaimTypes.NameIdentifier), principal.Identity?.Name);
}
