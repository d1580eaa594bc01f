using Credence.Persistence.Designs;
using Credence.Web.Features.DesignForms;
using Credence.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Features.DesignTransfer;

/// <summary>Upload a YAML file or a zip of a folder; all or nothing, with every problem listed by file, line, column, field and code.</summary>
[Authorize(Policy = AccountSetup.EditDesigns)]
[RequestSizeLimit(ImportUpload.MaxUploadBytes + (64 * 1024))]
internal sealed class ImportModel(InstitutionAccess access, DesignImport import) : PageModel
{
    public string Institution { get; private set; } = string.Empty;

    public IReadOnlyList<ImportProblem> Problems { get; private set; } = [];

    public ImportResult? Result { get; private set; }

    [BindProperty]
    public bool Publish { get; set; }

    public async Task<IActionResult> OnGetAsync(string institution, CancellationToken cancellationToken)
    {
        var (owner, refusal) = await access.CheckAsync(institution, User, cancellationToken);
        if (owner is null)
        {
            return refusal!; // CheckAsync returns a refusal whenever the institution is null.
        }

        Institution = institution;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string institution, IFormFile? file, CancellationToken cancellationToken)
    {
        var (owner, refusal) = await access.CheckAsync(institution, User, cancellationToken);
        if (owner is null)
        {
            return refusal!; // CheckAsync returns a refusal whenever the institution is null.
        }

        Institution = institution;
        (Result, Problems) = await import.ImportAsync(institution, file, Publish, UserInstitution.ActorOf(User), cancellationToken);
        if (Result is null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }
}
