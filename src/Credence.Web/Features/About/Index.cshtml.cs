using Credence.Domain.LaborMarket;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Features.About;

/// <summary>About and credits: what Credence is and the attributions its labor-market and skills data require.</summary>
internal sealed class IndexModel(ILaborMarketFacts laborMarket) : PageModel
{
    public DataVintage Vintage => laborMarket.Vintage;
}
