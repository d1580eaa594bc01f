using Credence.Persistence;
using Credence.Persistence.Entities;
using Credence.Persistence.Identity;
using Credence.Persistence.Institutions;
using Credence.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Features.DesignForms;

/// <summary>The designer's start page: every microcredential and pathway of the institution with its newest version, and the ways in (new, import) and out (export).</summary>
[Authorize(Policy = AccountSetup.EditDesigns)]
internal sealed class IndexModel(InstitutionAccess access, InstitutionStore institutions, CredenceDbContext db) : PageModel
{
    public Institution? Current { get; private set; }

    public IReadOnlyList<Institution> Choices { get; private set; } = [];

    public IReadOnlyList<Row> Designs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? institution, CancellationToken cancellationToken)
    {
        var slug = institution ?? (await access.OwnAsync(User, cancellationToken))?.Slug;
        if (slug is null)
        {
            // An admin who works for no institution picks one.
            Choices = User.IsInRole(CredenceRoles.Admin) ? await institutions.ListAsync(cancellationToken) : [];
            return Page();
        }

        var (owner, refusal) = await access.CheckAsync(slug, User, cancellationToken);
        if (owner is null)
        {
            return refusal!; // CheckAsync returns a refusal whenever the institution is null.
        }

        Current = owner;
        var rows = await db.DesignVersions.AsNoTracking()
            .Where(v => v.Design!.InstitutionId == owner.Id)
            .Where(v => v.Number == v.Design!.Versions.Max(o => o.Number))
            .Select(v => new Row(v.Design!.Kind, v.Design.Slug, v.Title, v.Number, v.Status, v.Design.PublishedVersionNumber))
            .ToListAsync(cancellationToken);
        Designs = rows.OrderBy(r => r.Kind).ThenBy(r => r.Title, StringComparer.OrdinalIgnoreCase).ToList();
        return Page();
    }

    /// <summary>One design: its newest version and, if any, the published one.</summary>
    internal sealed record Row(DesignKind Kind, string Id, string Title, int Newest, DesignVersionStatus Status, int? Published)
    {
        public string Segment => Kind == DesignKind.Microcredential ? "microcredentials" : "pathways";
    }
}
