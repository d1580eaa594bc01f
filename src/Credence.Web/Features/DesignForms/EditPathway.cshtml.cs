using Credence.Persistence;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Credence.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Features.DesignForms;

/// <summary>Create or edit a pathway: stages, off-ramps, stack targets, employer partners; saved as a draft with its scorecards, or published.</summary>
[Authorize(Policy = AccountSetup.EditDesigns)]
internal sealed class EditPathwayModel(InstitutionAccess access, DesignStore store, DraftSaver saver, CredenceDbContext db) : PageModel
{
    [BindProperty]
    public PathwayForm Form { get; set; } = new();

    public string Institution { get; private set; } = string.Empty;

    public string? Id { get; private set; }

    public FieldErrors Errors { get; private set; } = new();

    public DesignVersion? Version { get; private set; }

    public IReadOnlyList<DesignVersion> Versions { get; private set; } = [];

    public IReadOnlyList<ScorecardSummary> Scorecards { get; private set; } = [];

    /// <summary>At most this many microcredential ids are listed as a hint; a stage may name any of the institution's microcredentials.</summary>
    public const int HintLimit = 200;

    /// <summary>The institution's microcredentials (id, title) a stage can name, the first <see cref="HintLimit"/> by id.</summary>
    public IReadOnlyList<(string Id, string Title)> Microcredentials { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(string institution, string? id, CancellationToken cancellationToken)
    {
        var (owner, refusal) = await access.CheckAsync(institution, User, cancellationToken);
        if (owner is null)
        {
            return refusal!; // CheckAsync returns a refusal whenever the institution is null.
        }

        Institution = institution;
        Id = id;
        await LoadMicrocredentialsAsync(cancellationToken);
        if (id is null)
        {
            Form.Stages.Add(new());
            return Page();
        }

        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Form = PathwayForm.From(DesignJson.DeserializePathway(Version!.Content)); // LoadAsync sets Version when it returns true.
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string institution, string? id, string? command, CancellationToken cancellationToken)
    {
        var (owner, refusal) = await access.CheckAsync(institution, User, cancellationToken);
        if (owner is null)
        {
            return refusal!; // CheckAsync returns a refusal whenever the institution is null.
        }

        Institution = institution;
        Id = id;
        Saved = null;
        await LoadMicrocredentialsAsync(cancellationToken);
        if (id is not null)
        {
            Form.Id = id;
            if (!await LoadAsync(cancellationToken))
            {
                return NotFound();
            }
        }

        if (RowCommand.Parse(command) is { Nested: null } row)
        {
            switch (row.List)
            {
                case "stages":
                    RowCommand.Apply(Form.Stages, row.Add, row.Index);
                    break;
                case "offRamps":
                    RowCommand.Apply(Form.OffRamps, row.Add, row.Index);
                    break;
                case "stacksInto":
                    RowCommand.Apply(Form.StacksInto, row.Add, row.Index);
                    break;
                case "employerPartners":
                    RowCommand.Apply(Form.EmployerPartners, row.Add, row.Index);
                    break;
                default:
                    break;
            }

            ModelState.Clear();
            return Page();
        }

        var reader = new FormReader(new FieldErrors());
        var attestations = Version is null ? [] : DesignJson.DeserializePathway(Version.Content).Attestations;
        var record = Form.ToRecord(reader, attestations);
        Errors = await FormValidation.CheckAsync(record, reader.Errors, institution, db, cancellationToken);
        if (Errors.IsEmpty)
        {
            var publish = command == "publish";
            var result = await saver.SaveAsync(institution, record, id is null, publish, UserInstitution.ActorOf(User), cancellationToken);
            if (result.Succeeded)
            {
                return Redirect($"/design/{institution}/pathways/edit/{record.Id}?saved={(publish ? "published" : "draft")}");
            }

            Errors.Add(result.Code == DesignCodes.AlreadyExists ? "id" : "body", result.Code!, DesignFormText.Refusal(result.Code!)); // Code is set whenever Succeeded is false.
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Version = await store.FindAsync(Institution, DesignKind.Pathway, Id!, DesignVersionChoice.Newest, cancellationToken); // Called only with an id.
        if (Version is null)
        {
            return false;
        }

        Versions = await store.ListVersionsAsync(Institution, DesignKind.Pathway, Id!, cancellationToken);
        Scorecards = ScorecardSummary.From(await store.ListScorecardsAsync(Version.Id, cancellationToken));
        return true;
    }

    private async Task LoadMicrocredentialsAsync(CancellationToken cancellationToken)
    {
        var rows = await db.DesignVersions.AsNoTracking()
            .Where(v => v.Design!.Institution!.Slug == Institution && v.Design.Kind == DesignKind.Microcredential)
            .Where(v => v.Number == v.Design!.Versions.Max(o => o.Number))
            .OrderBy(v => v.Design!.Slug)
            .Select(v => new { v.Design!.Slug, v.Title })
            .Take(HintLimit)
            .ToListAsync(cancellationToken);
        Microcredentials = rows.Select(r => (r.Slug, r.Title)).ToList();
    }
}
