using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Features.Error;

/// <summary>The page the exception handler shows outside development, with the trace id to quote.</summary>
[IgnoreAntiforgeryToken]
internal sealed class IndexModel : PageModel
{
    public string? TraceId { get; private set; }

    public void OnGet() => TraceId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;

    public void OnPost() => OnGet();
}
