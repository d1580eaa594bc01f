using Credence.Domain.Common;
using Credence.Persistence;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Credence.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Features.DesignForms;

/// <summary>Create or edit a microcredential: every field in one form, repeating groups added and removed with buttons, saved as a draft with its scorecards, or published.</summary>
[Authorize(Policy = AccountSetup.EditDesigns)]
internal sealed class EditMicrocredentialModel(InstitutionAccess access, DesignStore store, DraftSaver saver, CredenceDbContext db) : PageModel
{
    [BindProperty]
    public MicrocredentialForm Form { get; set; } = new();

    public string Institution { get; private set; } = string.Empty;

    public string? Id { get; private set; }

    public FieldErrors Errors { get; private set; } = new();

    public DesignVersion? Version { get; private set; }

    public IReadOnlyList<DesignVersion> Versions { get; private set; } = [];

    public IReadOnlyList<ScorecardSummary> Scorecards { get; private set; } = [];

    /// <summary>Set after a save: <c>draft</c> or <c>published</c>.</summary>
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
        if (id is null)
        {
            Form.Competencies.Add(new());
            return Page();
        }

        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Form = MicrocredentialForm.From(DesignJson.DeserializeMicrocredential(Version!.Content)); // LoadAsync sets Version when it returns true.
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
        if (id is not null)
        {
            Form.Id = id;
            if (!await LoadAsync(cancellationToken))
            {
                return NotFound();
            }
        }

        if (RowCommand.Parse(command) is { } row)
        {
            ApplyRow(row);
            ModelState.Clear();
            return Page();
        }

        var reader = new FormReader(new FieldErrors());
        var attestations = Version is null ? [] : DesignJson.DeserializeMicrocredential(Version.Content).Attestations;
        var record = Form.ToRecord(reader, attestations);
        Errors = await FormValidation.CheckAsync(record, reader.Errors, institution, db, cancellationToken);
        if (Errors.IsEmpty)
        {
            var publish = command == "publish";
            var result = await saver.SaveAsync(institution, record, id is null, publish, UserInstitution.ActorOf(User), cancellationToken);
            if (result.Succeeded)
            {
                return Redirect($"/design/{institution}/microcredentials/edit/{record.Id}?saved={(publish ? "published" : "draft")}");
            }

            Errors.Add(result.Code == DesignCodes.AlreadyExists ? "id" : "body", result.Code!, DesignFormText.Refusal(result.Code!)); // Code is set whenever Succeeded is false.
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Version = await store.FindAsync(Institution, DesignKind.Microcredential, Id!, DesignVersionChoice.Newest, cancellationToken); // Called only with an id.
        if (Version is null)
        {
            return false;
        }

        Versions = await store.ListVersionsAsync(Institution, DesignKind.Microcredential, Id!, cancellationToken);
        Scorecards = ScorecardSummary.From(await store.ListScorecardsAsync(Version.Id, cancellationToken));
        return true;
    }

    private void ApplyRow(RowCommand row)
    {
        switch (row.List, row.Nested)
        {
            case ("competencies", null):
                RowCommand.Apply(Form.Competencies, row.Add, row.Index);
                break;
            case ("competencies", "alignments") when row.Index is { } i && i < Form.Competencies.Count:
                RowCommand.Apply(Form.Competencies[i].Alignments, row.Add, row.NestedIndex);
                break;
            case ("assessments", null):
                RowCommand.Apply(Form.Assessments, row.Add, row.Index);
                break;
            case ("articulations", null):
                RowCommand.Apply(Form.Articulations, row.Add, row.Index);
                break;
            case ("employerPartners", null):
                RowCommand.Apply(Form.EmployerPartners, row.Add, row.Index);
                break;
            case ("partnerships", null):
                RowCommand.Apply(Form.Partnerships, row.Add, row.Index);
                break;
            case ("qualityReviews", null):
                RowCommand.Apply(Form.QualityReviews, row.Add, row.Index);
                break;
            default:
                break;
        }
    }

    /// <summary>The ids of built-in proficiency scales, offered as suggestions.</summary>
    public static IReadOnlyList<string> BuiltInScales { get; } = Domain.Authoring.AuthoringLoader.Load([]).Scales.Select(s => s.Id).ToList();

    public static IEnumerable<(string Value, string Text)> Activities => FormReader.Options<EngagementActivity>();
}
