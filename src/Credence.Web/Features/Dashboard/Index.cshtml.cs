using Credence.Domain.Frameworks;
using Credence.Persistence;
using Credence.Persistence.Entities;
using Credence.Persistence.Institutions;
using Credence.Web.Features.Reviews;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Features.Dashboard;

/// <summary>The institution dashboard: the portfolio ranked by value with links to each scorecard, and the top gaps across it.</summary>
internal sealed class IndexModel(CredenceDbContext db, InstitutionStore institutions, UserManager<CredenceUser> users) : PageModel
{
    public DashboardResponse Dashboard { get; private set; } = null!; // Set by OnGetAsync before the page renders.

    [FromQuery(Name = "framework")]
    public string? Framework { get; set; }

    public static IReadOnlyList<ValueFramework> Frameworks => BuiltInFrameworks.All;

    public async Task<IActionResult> OnGetAsync(string institution, CancellationToken cancellationToken)
    {
        var owner = await institutions.FindAsync(institution, cancellationToken);
        if (owner is null || !DashboardApi.IsKnownFramework(Framework is { Length: > 0 } ? Framework : null))
        {
            return NotFound();
        }

        switch (await DesignAccess.CheckAsync(User, owner, DesignAccess.StaffRoles, users))
        {
            case Access.SignInNeeded:
                return Challenge();
            case Access.WrongRole or Access.OtherInstitution:
                return Forbid();
        }

        Dashboard = await Portfolio.BuildAsync(db, owner, Framework is { Length: > 0 } ? Framework : null, cancellationToken);
        return Page();
    }

    public string ScorecardLink(DesignKind kind, string id) => $"/review/{Dashboard.Institution}/{DesignAccess.Segment(kind)}/{id}?version=newest";
}
