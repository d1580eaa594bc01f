using System.Globalization;
using System.Text.RegularExpressions;
using Credence.Domain.Microcredentials;
using Credence.Persistence;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Credence.Persistence.Institutions;
using Credence.Persistence.Issuing;
using Credence.Persistence.Issuing.Bulk;
using Credence.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Features.Issuing;

/// <summary>The issuer's desk for one institution: record assessment results, issue awarded credentials, upload a CSV, list credentials with
/// filters, and revoke, suspend, unsuspend or reissue them. Same services as <see cref="IssuingApi"/>.</summary>
[Authorize(Policy = AccountSetup.IssueCredentials)]
internal sealed partial class IndexModel(
    CredenceDbContext db, InstitutionStore institutions, UserManager<CredenceUser> users, IssuingQueries queries,
    MasteryService mastery, IssuanceService issuance, BulkIssuer bulk) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Institution { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Microcredential { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? ExpiringWithinDays { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Learner { get; set; }

    public Institution? Current { get; private set; }

    public IReadOnlyList<(string Id, string Title)> Microcredentials { get; private set; } = [];

    public Microcredential? Selected { get; private set; }

    public IReadOnlyList<AwardResponse> Awards { get; private set; } = [];

    public IReadOnlyList<CredentialResponse> Credentials { get; private set; } = [];

    public string? Message { get; private set; }

    public IReadOnlyList<IssuingProblem> Problems { get; private set; } = [];

    public BulkResponse? BulkReport { get; private set; }

    /// <summary>The learner's e-mail address as entered, kept when the form comes back with problems.</summary>
    public string? Email { get; private set; }

    /// <summary>The learner's name as entered, kept when the form comes back with problems.</summary>
    public string? LearnerName { get; private set; }

    /// <summary>Whether the results just recorded created an award.</summary>
    public bool Awarded { get; private set; }

    private IReadOnlyList<CompetencyResultInput> Rows { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : Forbid();

    public async Task<IActionResult> OnPostResultsAsync(string? email, string? name, List<CompetencyResultInput>? results, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Forbid();
        }

        Email = email;
        LearnerName = name;
        if (Selected is null)
        {
            Problems = [new IssuingProblem(ApiCodes.Required, "microcredential", "Choose a microcredential.")];
            return Page();
        }

        // Rows are posted in the order of the competencies; a row left empty is "not assessed" and records nothing.
        var rows = Selected.Competencies.Select((c, i) => results?.ElementAtOrDefault(i) is { } row && row.CompetencyId == c.Id ? row : new CompetencyResultInput { CompetencyId = c.Id }).ToList();
        Rows = rows;
        var assessed = rows.Select((row, index) => (Row: row, Index: index)).Where(r => r.Row.IsAssessed).ToList();
        if (assessed.Count == 0)
        {
            Problems = [new IssuingProblem(ApiCodes.Required, "results", "Choose the level reached for at least one competency.")];
            return Page();
        }

        var toRecord = assessed.Select(r => ToResult(Selected.Competencies[r.Index], r.Row)).ToList();
        var outcome = await mastery.RecordAsync(Current!.Slug, Selected.Id, new LearnerInfo(email ?? string.Empty, name ?? string.Empty), toRecord, UserInstitution.ActorOf(User), cancellationToken);

        // The service names fields by position in the list it was given; the form names them by the competency's row.
        Problems = outcome.Problems.Select(p => p.Field is { } field && ResultIndex().Match(field) is { Success: true } m
            ? p with { Field = $"results[{assessed[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)].Index}]{m.Groups[2].Value}" }
            : p).ToList();
        Awarded = outcome.Award is not null;
        Message = !outcome.Succeeded ? null
            : outcome.Award is not null ? $"Every competency is mastered at its required level: {name} has been awarded {Selected.Title}. Issue the credential below."
            : $"Recorded. Not yet at the required level: {string.Join(", ", outcome.Outstanding)}.";
        if (outcome.Succeeded)
        {
            Email = null;
            LearnerName = null;
            Rows = [];
        }

        await LoadListsAsync(cancellationToken);
        return Page();
    }

    /// <summary>The problems shown next to one field of the results form.</summary>
    public IReadOnlyList<IssuingProblem> ProblemsOf(string field) => Problems.Where(p => p.Field == field).ToList();

    /// <summary>What the issuer entered in a competency's row, kept when the form comes back with problems.</summary>
    public CompetencyResultInput RowFor(int index) => Rows.ElementAtOrDefault(index) ?? new CompetencyResultInput();

    private static CompetencyResult ToResult(Competency competency, CompetencyResultInput row) => new()
    {
        CompetencyId = competency.Id,
        ProficiencyLevel = string.IsNullOrWhiteSpace(row.Level) ? null : row.Level.Trim(),
        Mastered = competency.RequiredProficiency is null ? row.Mastered : null,
        Result = string.IsNullOrWhiteSpace(row.Result) ? (string.IsNullOrWhiteSpace(row.Level) ? (row.Mastered ? "mastered" : null) : row.Level.Trim()) : row.Result.Trim(),
        Assessor = string.IsNullOrWhiteSpace(row.Assessor) ? null : row.Assessor.Trim(),
        Evidence = string.IsNullOrWhiteSpace(row.Evidence) ? [] : [new EvidenceLink { Url = row.Evidence.Trim() }],
    };

    public async Task<IActionResult> OnPostIssueAsync(long awardId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Forbid();
        }

        var outcome = await issuance.IssueAsync(Current!.Slug, awardId, UserInstitution.ActorOf(User), cancellationToken);
        return await AfterAsync(outcome, "Issued and signed; the learner has been notified.", cancellationToken);
    }

    public async Task<IActionResult> OnPostChangeAsync(Guid id, string change, string? reason, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Forbid();
        }

        var actor = UserInstitution.ActorOf(User);
        if (change is "revoke" or "suspend" && string.IsNullOrWhiteSpace(reason))
        {
            Problems = [new IssuingProblem(IssuingCodes.ReasonMissing, "reason", "Give a reason.")];
            await LoadListsAsync(cancellationToken);
            return Page();
        }

        var outcome = change switch
        {
            "revoke" => await issuance.RevokeAsync(Current!.Slug, id, reason!, actor, cancellationToken),
            "suspend" => await issuance.SuspendAsync(Current!.Slug, id, reason!, actor, cancellationToken),
            "unsuspend" => await issuance.UnsuspendAsync(Current!.Slug, id, actor, cancellationToken),
            _ => await issuance.ReissueAsync(Current!.Slug, id, revokePrevious: true, actor, cancellationToken),
        };
        return await AfterAsync(outcome, change switch
        {
            "revoke" => "Revoked; the status list is re-signed.",
            "suspend" => "Suspended.",
            "unsuspend" => "Reinstated.",
            _ => "Reissued; the old credential is revoked.",
        }, cancellationToken);
    }

    public async Task<IActionResult> OnPostBulkAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Forbid();
        }

        if (Selected is null || file is null)
        {
            Problems = [new IssuingProblem(ApiCodes.Required, "file", "Choose a microcredential and a CSV file.")];
            await LoadListsAsync(cancellationToken);
            return Page();
        }

        using var reader = new StreamReader(file.OpenReadStream());
        var report = await bulk.RunAsync(
            new BulkIssueRequest { Institution = Current!.Slug, MicrocredentialId = Selected.Id, Csv = await reader.ReadToEndAsync(cancellationToken), FileName = file.FileName, StartedBy = UserInstitution.ActorOf(User).UserId },
            null,
            cancellationToken);
        BulkReport = BulkResponse.From(report);
        await LoadListsAsync(cancellationToken);
        return Page();
    }

    private async Task<IActionResult> AfterAsync(IssuanceOutcome outcome, string success, CancellationToken cancellationToken)
    {
        Message = outcome.Succeeded ? success : null;
        Problems = outcome.Succeeded ? [] : [new IssuingProblem(outcome.Code!, null, "The credential's state does not allow this, or it does not exist.")];
        await LoadListsAsync(cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        var slug = Institution;
        if (string.IsNullOrEmpty(slug) && user?.InstitutionId is { } own)
        {
            slug = (await institutions.FindAsync(own, cancellationToken))?.Slug;
        }

        Current = slug is null ? null : await institutions.FindAsync(slug, cancellationToken);
        if (Current is null || !await UserInstitution.MayActForAsync(User, Current, users))
        {
            return false;
        }

        var published = await (from d in db.Designs.AsNoTracking()
                               join v in db.DesignVersions.AsNoTracking() on d.Id equals v.DesignId
                               where d.InstitutionId == Current.Id && d.Kind == DesignKind.Microcredential && v.Number == d.PublishedVersionNumber
                               orderby v.Title
                               select new { d.Slug, v.Title, v.Content }).ToListAsync(cancellationToken);
        Microcredentials = published.Select(p => (p.Slug, p.Title)).ToList();
        Selected = published.FirstOrDefault(p => p.Slug == Microcredential) is { } chosen ? DesignJson.DeserializeMicrocredential(chosen.Content) : null;
        await LoadListsAsync(cancellationToken);
        return true;
    }

    private async Task LoadListsAsync(CancellationToken cancellationToken)
    {
        Awards = (await queries.AwardsAsync(Current!.Id, cancellationToken)).Take(100).ToList();
        var state = Enum.TryParse<CredentialState>(State, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : (CredentialState?)null;
        Credentials = await queries.CredentialsAsync(Current.Id, new CredentialFilter(state, ExpiringWithinDays is > 0 ? ExpiringWithinDays : null, Learner, null, 1, 100), cancellationToken);
    }

    [GeneratedRegex(@"^results\[(\d+)\](.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ResultIndex();
}
