using System.Text.Json;
using Credence.Domain.Common;
using Credence.Domain.Frameworks;
using Credence.Domain.LaborMarket;
using Credence.Domain.Microcredentials;
using Credence.Persistence;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Credence.Web.Features.Employers;
using Credence.Web.Features.PublicValue;
using Credence.Web.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Features.Catalog;

/// <summary>A published microcredential: everything a learner needs to decide, with a plain-language value label.</summary>
internal sealed class MicrocredentialModel(DesignStore store, ILaborMarketFacts facts, CredenceDbContext db, UserManager<CredenceUser> users) : PageModel
{
    /// <summary>What each target occupation pays in the design's region, against the region's wage threshold.</summary>
    public IReadOnlyList<WageLine> Wages { get; private set; } = [];

    /// <summary>Engagements employers recorded in the platform (their own accounts or the institution's staff), newest first.</summary>
    public IReadOnlyList<EngagementResponse> Engagements { get; private set; } = [];

    /// <summary>The employer partners of this institution the signed-in employer account speaks for.</summary>
    public IReadOnlyList<Employer> PartnerAccounts { get; private set; } = [];

    [BindProperty]
    public EngagementForm Engage { get; set; } = new();

    public FieldErrors Errors { get; private set; } = new();

    [FromQuery(Name = "recorded")]
    public string? Recorded { get; set; }

    public Microcredential Design { get; private set; } = null!; // Set by OnGetAsync before the page renders.

    public DesignVersion Version { get; private set; } = null!; // Set by OnGetAsync before the page renders.

    public string InstitutionName { get; private set; } = string.Empty;

    /// <summary>The version's scorecards: framework title and overall score (0–100, null when nothing could be scored).</summary>
    public IReadOnlyList<(string Framework, double? Score)> Scores { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string institution, string id, CancellationToken cancellationToken) =>
        await LoadAsync(institution, id, cancellationToken) ?? Page();

    /// <summary>An employer account validates or endorses the microcredential for the partner it is linked to.</summary>
    public async Task<IActionResult> OnPostEngageAsync(string institution, string id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(institution, id, cancellationToken) is { } missing)
        {
            return missing;
        }

        if (PartnerAccounts.Count == 0)
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }

        var outcome = await Credence.Web.Features.Employers.Engagements.RecordAsync(DesignKind.Microcredential, institution, id, Engage.ToRequest(), User, HttpContext.RequestServices, cancellationToken);
        if (outcome.Refusal is not null)
        {
            Errors = outcome.Errors ?? new FieldErrors();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return Redirect($"/catalog/{institution}/microcredentials/{id}?recorded=engagement#employers");
    }

    public IReadOnlyList<(string Code, string Message)> ErrorsFor(string field) =>
        Errors.ByField.TryGetValue(field, out var list) ? list : [];

    private async Task<IActionResult?> LoadAsync(string institution, string id, CancellationToken cancellationToken)
    {
        var version = await store.FindAsync(institution, DesignKind.Microcredential, id, DesignVersionChoice.Published, cancellationToken);
        if (version is null)
        {
            return NotFound();
        }

        Version = version;
        Design = DesignJson.DeserializeMicrocredential(version.Content);
        InstitutionName = version.Design?.Institution?.Name ?? institution;
        var scorecards = await store.ListScorecardsAsync(version.Id, cancellationToken);
        Scores = scorecards
            .Select(s => (BuiltInFrameworks.All.FirstOrDefault(f => f.Id == s.FrameworkId)?.Title ?? s.FrameworkId, s.OverallScore))
            .ToList();
        Wages = WageLine.For(Design.TargetOccupations, Design.Region, facts);
        Engagements = await EmployerLedger.ForDesignAsync(db, version.DesignId, cancellationToken);
        PartnerAccounts = (await EmployerAccounts.PartnersAsync(User, users, db, cancellationToken)).Where(e => e.InstitutionId == version.Design!.InstitutionId).ToList(); // Versions are read with their design.
        return null;
    }

    /// <summary>Employers who co-designed, validated, endorsed or committed to hire: named in the design and recorded in the platform.</summary>
    public IReadOnlyList<string> EmployerBacking =>
        Design.EmployerPartners.Where(p => p.Activities.Any(Backs)).Select(p => p.Employer)
            .Concat(Engagements.Where(e => Backs(e.Activity)).Select(e => e.Employer))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    private static bool Backs(EngagementActivity activity) =>
        activity is EngagementActivity.CoDesigned or EngagementActivity.Validated or EngagementActivity.Endorsed or EngagementActivity.HiringCommitment;

    public static string Words<T>(T value)
        where T : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()).Replace('-', ' ');

    /// <summary>A public page for a skill or occupation alignment, where the framework has one.</summary>
    public static string? LinkFor(SkillAlignment alignment) => alignment.Framework switch
    {
        SkillFramework.EscoSkill or SkillFramework.EscoOccupation => alignment.Uri,
        SkillFramework.OnetSoc when alignment.Code is not null => "https://www.onetonline.org/link/summary/" + Uri.EscapeDataString(alignment.Code),
        _ => alignment.Uri,
    };
}
