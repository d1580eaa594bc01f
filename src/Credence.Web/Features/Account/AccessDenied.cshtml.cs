using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Features.Account;

/// <summary>Shown when a signed-in user opens a page their role does not allow.</summary>
internal sealed class AccessDeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
