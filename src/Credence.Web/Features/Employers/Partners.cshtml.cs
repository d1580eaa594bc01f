using System.Text.Json;
using Credence.Domain.Common;
using Credence.Persistence;
using Credence.Persistence.Entities;
using Credence.Persistence.Institutions;
using Credence.Web.Features.Reviews;
using Credence.Web.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Features.Employers;

/// <summary>An institution's employer partners: who they are, what each did for which design; admins and designers add partners and record engagements.</summary>
internal sealed class PartnersModel(CredenceDbContext db, InstitutionStore institutions, UserManager<CredenceUser> users, TimeProvider time) : PageModel
{
    public Institution Owner { get; private set; } = null!; // Set by LoadAsync before the page renders.

    public IReadOnlyList<EmployerResponse> Employers { get; private set; } = [];

    /// <summary>The institution's designs for the engagement form: value <c>microcredentials/id</c>, text the title.</summary>
    public IReadOnlyList<SelectListItem> Designs { get; private set; } = [];

    public bool CanManage { get; private set; }

    [BindProperty]
    public PartnerForm Partner { get; set; } = new();

    [BindProperty]
    public EngagementForm Engagement { get; set; } = new();

    [BindProperty]
    public long? LinkEmployerId { get; set; }

    [BindProperty]
    public string? LinkEmail { get; set; }

    public FieldErrors Errors { get; private set; } = new();

    /// <summary><c>partner</c> or <c>engagement</c>: the form the errors belong to.</summary>
    public string? FailedForm { get; private set; }

    [FromQuery(Name = "recorded")]
    public string? Recorded { get; set; }

    public static string Words(EngagementActivity activity) => JsonNamingPolicy.KebabCaseLower.ConvertName(activity.ToString()).Replace('-', ' ');

    public IReadOnlyList<(string Code, string Message)> ErrorsFor(string form, string field) =>
        FailedForm == form && Errors.ByField.TryGetValue(field, out var list) ? list : [];

    public async Task<IActionResult> OnGetAsync(string institution, CancellationToken cancellationToken) =>
        await LoadAsync(institution, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostPartnerAsync(string institution, CancellationToken cancellationToken)
    {
        if (await LoadAsync(institution, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!CanManage)
        {
            return Forbid();
        }

        var (_, failed, errors) = await EmployersApi.AddEmployerAsync(db, users, time, Owner, Partner.ToRequest(), UserInstitution.ActorOf(User), cancellationToken);
        if (failed is not null)
        {
            Errors = errors;
            FailedForm = "partner";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return Redirect($"/institutions/{Owner.Slug}/employers?recorded=partner");
    }

    public async Task<IActionResult> OnPostLinkAsync(string institution, CancellationToken cancellationToken)
    {
        if (await LoadAsync(institution, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!CanManage)
        {
            return Forbid();
        }

        var (_, failed, errors) = await EmployersApi.LinkAccountAsync(db, users, Owner, LinkEmployerId ?? 0, LinkEmail, cancellationToken);
        if (failed is not null)
        {
            Errors = errors;
            FailedForm = "link";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return Redirect($"/institutions/{Owner.Slug}/employers?recorded=account");
    }

    public async Task<IActionResult> OnPostEngagementAsync(string institution, CancellationToken cancellationToken)
    {
        if (await LoadAsync(institution, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!CanManage)
        {
            return Forbid();
        }

        var parts = (Engagement.Design ?? string.Empty).Split('/', 2);
        if (parts.Length != 2 || !DesignAccess.TryKind(parts[0], out var kind))
        {
            Errors.Add("design", ApiCodes.Required, "Choose the design.");
            FailedForm = "engagement";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var outcome = await Engagements.RecordAsync(kind, Owner.Slug, parts[1], Engagement.ToRequest(), User, HttpContext.RequestServices, cancellationToken);
        if (outcome.Refusal is not null)
        {
            if (outcome.Errors is { } errors)
            {
                Errors = errors;
            }
            else
            {
                Errors.Add("design", ReviewCodes.VersionNotFound, "That design cannot take an engagement.");
            }

            FailedForm = "engagement";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return Redirect($"/institutions/{Owner.Slug}/employers?recorded=engagement");
    }

    private async Task<IActionResult?> LoadAsync(string institution, CancellationToken cancellationToken)
    {
        var owner = await institutions.FindAsync(institution, cancellationToken);
        if (owner is null)
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

        Owner = owner;
        CanManage = await DesignAccess.CheckAsync(User, owner, DesignAccess.PartnerManagerRoles, users) == Access.Allowed;
        Employers = await EmployerLedger.ListAsync(db, owner.Id, cancellationToken);
        Designs = (await db.Designs.AsNoTracking()
                .Where(d => d.InstitutionId == owner.Id)
                .Select(d => new { d.Kind, d.Slug, Title = d.Versions.OrderByDescending(v => v.Number).Select(v => v.Title).FirstOrDefault() })
                .ToListAsync(cancellationToken))
            .OrderBy(d => d.Title, StringComparer.OrdinalIgnoreCase)
            .Select(d => new SelectListItem($"{d.Title} ({(d.Kind == DesignKind.Microcredential ? "microcredential" : "pathway")})", $"{DesignAccess.Segment(d.Kind)}/{d.Slug}"))
            .ToList();
        return null;
    }
}
