using Credence.Domain.Pathways;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Features.Catalog;

/// <summary>A published pathway: its stages in order, where one can step off into a job, and what it stacks into.</summary>
internal sealed class PathwayModel(DesignStore store) : PageModel
{
    public Pathway Design { get; private set; } = null!; // Set by OnGetAsync before the page renders.

    public DesignVersion Version { get; private set; } = null!; // Set by OnGetAsync before the page renders.

    public string Institution { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string institution, string id, CancellationToken cancellationToken)
    {
        var version = await store.FindAsync(institution, DesignKind.Pathway, id, DesignVersionChoice.Published, cancellationToken);
        if (version is null)
        {
            return NotFound();
        }

        Version = version;
        Institution = institution;
        Design = DesignJson.DeserializePathway(version.Content);
        return Page();
    }
}
