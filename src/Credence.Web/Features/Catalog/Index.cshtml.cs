using Credence.Persistence.Entities;
using Credence.Persistence.Search;
using Credence.Web.Features.Designs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Features.Catalog;

/// <summary>The public catalog: full-text search over published microcredentials and pathways, with filters.</summary>
internal sealed class IndexModel(ICatalogSearch search) : PageModel
{
    private const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "kind")]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "delivery")]
    public string? Delivery { get; set; }

    [BindProperty(SupportsGet = true, Name = "maxCost")]
    public double? MaxCost { get; set; }

    [BindProperty(SupportsGet = true, Name = "maxWeeks")]
    public double? MaxWeeks { get; set; }

    [BindProperty(SupportsGet = true, Name = "credit")]
    public string? Credit { get; set; }

    [BindProperty(SupportsGet = true, Name = "occupation")]
    public string? Occupation { get; set; }

    [BindProperty(SupportsGet = true, Name = "skill")]
    public string? Skill { get; set; }

    [BindProperty(SupportsGet = true, Name = "provider")]
    public string? Provider { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public CatalogPage Results { get; private set; } = new([], 0, 1, PageSize);

    public int PageCount => Math.Max(1, (Results.Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        DesignKind? kind = Kind switch
        {
            "microcredential" => DesignKind.Microcredential,
            "pathway" => DesignKind.Pathway,
            _ => null,
        };
        var delivery = DeliveryModes.TryParse(Delivery, out var mode) ? mode : null;
        Results = await search.SearchAsync(
            new CatalogQuery
            {
                Text = Query,
                Kind = kind,
                DeliveryMode = delivery,
                MaxCost = MaxCost,
                MaxWeeks = MaxWeeks,
                CreditBearing = Credit switch { "yes" => true, "no" => false, _ => null },
                Occupation = Occupation,
                Skill = Skill,
                Provider = string.IsNullOrWhiteSpace(Provider) ? null : Provider,
                Page = Math.Max(1, PageNumber),
                PageSize = PageSize,
            },
            cancellationToken);
    }

    public static string LinkTo(CatalogItem item) =>
        item.Kind == DesignKind.Microcredential
            ? $"/catalog/{item.Institution}/microcredentials/{item.Id}"
            : $"/catalog/{item.Institution}/pathways/{item.Id}";

    public string PageLink(int page)
    {
        var query = Request.Query.Where(q => q.Key != "page").Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}");
        return "/?" + string.Join('&', query.Append($"page={page}"));
    }
}
