using Credence.Persistence.Issuing;
using Credence.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Features.Wallet;

/// <summary>The learner's wallet: their badges with share and download links, public or private, pathway progress, and the CLR export.</summary>
[Authorize(Policy = AccountSetup.HoldCredentials)]
internal sealed class IndexModel(WalletQueries wallet, IssuingUrls urls) : PageModel
{
    public IReadOnlyList<WalletCredentialResponse> Credentials { get; private set; } = [];

    public IReadOnlyList<PathwayProgress> Pathways { get; private set; } = [];

    public IReadOnlyList<(string Slug, string Name)> Institutions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var held = await wallet.HeldAsync(await wallet.LearnerIdsAsync(User, cancellationToken), cancellationToken);
        Credentials = held.Select(c => WalletCredentialResponse.From(c, urls.CredentialPage(c.Id))).ToList();
        Pathways = await wallet.PathwaysAsync(held, cancellationToken);
        Institutions = held.Where(h => h.State == Persistence.Entities.CredentialState.Active).Select(h => (h.InstitutionSlug, h.InstitutionName)).Distinct().ToList();
    }

    public async Task<IActionResult> OnPostVisibilityAsync(Guid id, bool isPublic, CancellationToken cancellationToken)
    {
        var credential = await wallet.FindAsync(id, cancellationToken);
        if (credential is null || !await CredentialAccess.IsHolderAsync(User, credential, wallet, cancellationToken))
        {
            return NotFound();
        }

        await wallet.SetPublicAsync(id, isPublic, cancellationToken);
        return Redirect("/wallet#credential-" + id.ToString("N"));
    }
}
