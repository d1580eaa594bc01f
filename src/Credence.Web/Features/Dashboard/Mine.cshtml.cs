using Credence.Persistence.Entities;
using Credence.Persistence.Institutions;
using Credence.Web.Features.Reviews;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Features.Dashboard;

/// <summary><c>/dashboard</c>: sends staff to their institution's dashboard; admins, who act for every institution, pick one.</summary>
internal sealed class MineModel(InstitutionStore institutions, UserManager<CredenceUser> users) : PageModel
{
    public IReadOnlyList<Institution> Institutions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        if (!DesignAccess.IsInAny(User, DesignAccess.StaffRoles))
        {
            return Forbid();
        }

        var user = await users.GetUserAsync(User);
        if (user?.InstitutionId is { } id && await institutions.FindAsync(id, cancellationToken) is { } own)
        {
            return Redirect($"/institutions/{own.Slug}/dashboard");
        }

        Institutions = await institutions.ListAsync(cancellationToken);
        return Page();
    }
}
