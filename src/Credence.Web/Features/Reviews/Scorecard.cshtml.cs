using System.Text.Json;
using Credence.Domain.Evaluation;
using Credence.Domain.Frameworks;
using Credence.Persistence;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Credence.Persistence.Institutions;
using Credence.Web.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Features.Reviews;

/// <summary>The scorecard review page of a design version: scores per framework with a radar chart, every criterion with status, evidence and recommendation; reviewers of the institution record attestations and reviews here.</summary>
/// <remarks>A published version's page is public (the catalog shows its scores); drafts and the review records are for the institution's staff.</remarks>
internal sealed class ScorecardModel(
    CredenceDbContext db, DesignStore store, InstitutionStore institutions, UserManager<CredenceUser> users, DesignScorer scorer, TimeProvider time) : PageModel
{
    public string Institution { get; private set; } = string.Empty;

    public string InstitutionName { get; private set; } = string.Empty;

    public DesignKind Kind { get; private set; }

    public string Id { get; private set; } = string.Empty;

    public DesignVersion Version { get; private set; } = null!; // Set by LoadAsync before the page renders.

    public IReadOnlyList<DesignVersion> Versions { get; private set; } = [];

    public IReadOnlyList<Scorecard> Scorecards { get; private set; } = [];

    public IReadOnlyList<AttestationResponse> Attestations { get; private set; } = [];

    public IReadOnlyList<ReviewResponse> Reviews { get; private set; } = [];

    /// <summary>Staff of the institution: they see drafts and the review records.</summary>
    public bool IsStaff { get; private set; }

    /// <summary>Reviewers (and admins) of the institution: they record attestations and reviews.</summary>
    public bool CanReview { get; private set; }

    [BindProperty]
    public AttestationForm AttestInput { get; set; } = new();

    [BindProperty]
    public ReviewForm ReviewInput { get; set; } = new();

    /// <summary>Problems of the form just posted, by field.</summary>
    public FieldErrors Errors { get; private set; } = new();

    /// <summary>Which form <see cref="Errors"/> belong to: the criterion id, or <c>review</c>.</summary>
    public string? FailedForm { get; private set; }

    /// <summary>What was just recorded (<c>attestation</c> or <c>review</c>), after a successful post.</summary>
    [FromQuery(Name = "recorded")]
    public string? Recorded { get; set; }

    [FromQuery(Name = "version")]
    public string? VersionQuery { get; set; }

    public static string Status(CriterionStatus status) => status switch
    {
        CriterionStatus.Met => "met",
        CriterionStatus.PartlyMet => "partly met",
        CriterionStatus.NotMet => "not met",
        _ => "not enough information",
    };

    /// <summary>An enum value in lowercase words ("approved with changes").</summary>
    public static string Words<T>(T value)
        where T : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()).Replace('-', ' ');

    public static string Css(CriterionStatus status) => JsonNamingPolicy.KebabCaseLower.ConvertName(status.ToString());

    public string VersionLink(int number) => $"/review/{Institution}/{DesignAccess.Segment(Kind)}/{Id}?version={number}";

    public async Task<IActionResult> OnGetAsync(string institution, string kind, string id, CancellationToken cancellationToken) =>
        await LoadAsync(institution, kind, id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAttestAsync(string institution, string kind, string id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(institution, kind, id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!CanReview)
        {
            return Refuse();
        }

        var request = AttestInput.ToRequest();
        Errors = ReviewValidator.Validate(request, Kind);
        if (!Errors.IsEmpty)
        {
            FailedForm = AttestInput.CriterionId ?? string.Empty;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await ReviewLedger.AttestAsync(db, scorer, time, Version, request, UserInstitution.ActorOf(User), cancellationToken);
        return Redirect($"{VersionLink(Version.Number)}&recorded=attestation#{Anchor(request.CriterionId!)}");
    }

    public async Task<IActionResult> OnPostReviewAsync(string institution, string kind, string id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(institution, kind, id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!CanReview)
        {
            return Refuse();
        }

        var request = ReviewInput.ToRequest();
        Errors = ReviewValidator.Validate(request);
        if (!Errors.IsEmpty)
        {
            FailedForm = "review";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await ReviewLedger.ReviewAsync(db, scorer, time, Version, request, UserInstitution.ActorOf(User), cancellationToken);
        return Redirect($"{VersionLink(Version.Number)}&recorded=review#reviews");
    }

    /// <summary>An element id for a criterion's entry on the page.</summary>
    public static string Anchor(string criterionId) => "criterion-" + criterionId.Replace('.', '-');

    /// <summary>The messages and codes of one field of the failed form, when <paramref name="form"/> is that form.</summary>
    public IReadOnlyList<(string Code, string Message)> ErrorsFor(string form, string field) =>
        FailedForm == form && Errors.ByField.TryGetValue(field, out var list) ? list : [];

    /// <summary>Every message of the failed form whose field starts with <paramref name="prefix"/> (the evidence lines).</summary>
    public IReadOnlyList<(string Field, string Code, string Message)> ErrorsStartingWith(string form, string prefix) =>
        FailedForm == form
            ? Errors.ByField.Where(e => e.Key.StartsWith(prefix, StringComparison.Ordinal)).SelectMany(e => e.Value.Select(v => (e.Key, v.Code, v.Message))).ToList()
            : [];

    private async Task<IActionResult?> LoadAsync(string institution, string kind, string id, CancellationToken cancellationToken)
    {
        if (!DesignAccess.TryKind(kind, out var designKind) || !DesignAccess.TryVersion(VersionQuery, out var versionRequest))
        {
            return NotFound();
        }

        var owner = await institutions.FindAsync(institution, cancellationToken);
        if (owner is null)
        {
            return NotFound();
        }

        IsStaff = await DesignAccess.CheckAsync(User, owner, DesignAccess.StaffRoles, users) == Access.Allowed;
        CanReview = await DesignAccess.CheckAsync(User, owner, DesignAccess.ReviewerRoles, users) == Access.Allowed;
        var version = await DesignAccess.FindAsync(store, institution, designKind, id, versionRequest, cancellationToken);
        if (version is null)
        {
            return NotFound();
        }

        if (version.Status != DesignVersionStatus.Published && !IsStaff)
        {
            return Refuse();
        }

        Institution = institution;
        InstitutionName = owner.Name;
        Kind = designKind;
        Id = id;
        Version = version;
        var versions = await store.ListVersionsAsync(institution, designKind, id, cancellationToken);
        Versions = IsStaff ? versions : versions.Where(v => v.Status == DesignVersionStatus.Published).ToList();
        var records = await store.ListScorecardsAsync(version.Id, cancellationToken);
        Scorecards = records
            .Select(r => JsonSerializer.Deserialize<Scorecard>(r.Content, DesignJson.Options)!) // Stored scorecards are written by DesignJson.Serialize.
            .OrderBy(s => FrameworkOrder(s.FrameworkId))
            .ToList();
        if (IsStaff)
        {
            Attestations = await ReviewLedger.AttestationsAsync(db, version, cancellationToken);
            Reviews = await ReviewLedger.ReviewsAsync(db, version, cancellationToken);
        }

        return null;
    }

    private IActionResult Refuse() => User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();

    private static int FrameworkOrder(string id)
    {
        var index = BuiltInFrameworks.All.Select(f => f.Id).ToList().IndexOf(id);
        return index < 0 ? int.MaxValue : index;
    }
}
