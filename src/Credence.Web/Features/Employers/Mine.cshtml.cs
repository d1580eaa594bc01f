using Credence.Persistence;
using Credence.Persistence.Entities;
using Credence.Persistence.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Features.Employers;

/// <summary><c>/employer</c>: an employer account's partnerships — the institutions it partners with and what it recorded for their designs.</summary>
internal sealed class MineModel(CredenceDbContext db, UserManager<CredenceUser> users) : PageModel
{
    public IReadOnlyList<(Institution Institution, EmployerResponse Partner)> Partnerships { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        if (!User.IsInRole(CredenceRoles.Employer))
        {
            return Forbid();
        }

        var partners = await EmployerAccounts.PartnersAsync(User, users, db, cancellationToken);
        var institutionIds = partners.Select(p => p.InstitutionId).Distinct().ToList();
        var institutions = await db.Institutions.AsNoTracking().Where(i => institutionIds.Contains(i.Id)).ToListAsync(cancellationToken);
        var list = new List<(Institution, EmployerResponse)>();
        foreach (var partner in partners)
        {
            var all = await EmployerLedger.ListAsync(db, partner.InstitutionId, cancellationToken);
            list.Add((institutions.Single(i => i.Id == partner.InstitutionId), all.Single(e => e.Id == partner.Id)));
        }

        Partnerships = list;
        return Page();
    }
}
