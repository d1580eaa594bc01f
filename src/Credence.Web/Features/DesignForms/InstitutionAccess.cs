using System.Security.Claims;
using Credence.Persistence.Entities;
using Credence.Persistence.Institutions;
using Credence.Web.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Credence.Web.Features.DesignForms;

/// <summary>The design pages' institution check: the institution must exist (404) and the user must work for it or be an admin (403).</summary>
internal sealed class InstitutionAccess(InstitutionStore institutions, UserManager<CredenceUser> users)
{
    public async Task<(Institution? Institution, IActionResult? Refusal)> CheckAsync(string slug, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var institution = await institutions.FindAsync(slug, cancellationToken);
        if (institution is null)
        {
            return (null, new NotFoundResult());
        }

        return await UserInstitution.MayActForAsync(user, institution, users)
            ? (institution, null)
            : (null, new ForbidResult());
    }

    /// <summary>The institution a signed-in user works for, or null (admins may have none).</summary>
    public async Task<Institution?> OwnAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var own = await users.GetUserAsync(user);
        return own?.InstitutionId is { } id ? await institutions.FindAsync(id, cancellationToken) : null;
    }
}
