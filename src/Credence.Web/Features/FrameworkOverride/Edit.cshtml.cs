using Credence.Persistence.Frameworks;
using Credence.Web.Features.DesignForms;
using Credence.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Features.FrameworkOverride;

/// <summary>View, upload or replace the institution's framework override; every problem is listed by field with its code and nothing is saved.</summary>
[Authorize(Policy = AccountSetup.EditDesigns)]
internal sealed class EditModel(InstitutionAccess access, FrameworkOverrideStore store, FrameworkOverrideUpload upload) : PageModel
{
    public string Institution { get; private set; } = string.Empty;

    [BindProperty]
    public string? Yaml { get; set; }

    public DateTimeOffset? UpdatedAt { get; private set; }

    public bool Saved { get; private set; }

    public FieldErrors Errors { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(string institution, CancellationToken cancellationToken)
    {
        var (owner, refusal) = await access.CheckAsync(institution, User, cancellationToken);
        if (owner is null)
        {
            return refusal!; // CheckAsync returns a refusal whenever the institution is null.
        }

        Institution = institution;
        var stored = await store.FindAsync(owner.Id, cancellationToken);
        Yaml = stored?.Yaml;
        UpdatedAt = stored?.UpdatedAt;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string institution, CancellationToken cancellationToken)
    {
        var (owner, refusal) = await access.CheckAsync(institution, User, cancellationToken);
        if (owner is null)
        {
            return refusal!; // CheckAsync returns a refusal whenever the institution is null.
        }

        Institution = institution;
        Errors = await upload.SaveAsync(owner.Id, Yaml, UserInstitution.ActorOf(User), cancellationToken);
        if (!Errors.IsEmpty)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        Saved = true;
        UpdatedAt = (await store.FindAsync(owner.Id, cancellationToken))?.UpdatedAt;
        return Page();
    }
}
