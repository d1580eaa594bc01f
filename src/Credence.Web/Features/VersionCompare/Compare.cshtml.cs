using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Credence.Web.Features.DesignForms;
using Credence.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Features.VersionCompare;

/// <summary>Two versions of a design side by side: the fields that changed and how each framework's score and criteria moved.</summary>
[Authorize(Policy = AccountSetup.ReadDrafts)]
internal sealed class CompareModel(InstitutionAccess access, DesignStore store, VersionCompareLoader loader) : PageModel
{
    public string Institution { get; private set; } = string.Empty;

    public string Kind { get; private set; } = string.Empty;

    public string Id { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    public VersionComparison? Comparison { get; private set; }

    public IReadOnlyList<DesignVersion> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string institution, string kind, string id, int? from, int? to, CancellationToken cancellationToken)
    {
        if (VersionCompareLoader.KindOf(kind) is not { } designKind)
        {
            return NotFound();
        }

        var (owner, refusal) = await access.CheckAsync(institution, User, cancellationToken);
        if (owner is null)
        {
            return refusal!; // CheckAsync returns a refusal whenever the institution is null.
        }

        (Institution, Kind, Id) = (institution, kind, id);
        Versions = await store.ListVersionsAsync(institution, designKind, id, cancellationToken);
        if (Versions.Count == 0)
        {
            return NotFound();
        }

        Title = Versions[0].Title;
        var older = from ?? (Versions.Count > 1 ? Versions[1].Number : Versions[0].Number);
        var newer = to ?? Versions[0].Number;
        Comparison = await loader.CompareAsync(institution, designKind, id, older, newer, cancellationToken);
        return Comparison is null ? NotFound() : Page();
    }
}
