namespace Credence.Web.Features.Designs;

/// <summary>The query string of a catalog search.</summary>
/// <param name="Q">Words to find.</param>
/// <param name="Institution">Only this institution (slug).</param>
/// <param name="Drafts">Include drafts (designers, reviewers and admins only).</param>
/// <param name="MaxCost">Total cost at most.</param>
/// <param name="MaxWeeks">Weeks at most.</param>
/// <param name="Delivery">Delivery mode: online, hybrid or in-person.</param>
/// <param name="CreditBearing">Credit-bearing or not.</param>
/// <param name="Occupation">SOC or O*NET-SOC code.</param>
/// <param name="Skill">Skill code or URI.</param>
/// <param name="Provider">Provider name.</param>
/// <param name="Page">Page number from 1.</param>
/// <param name="PageSize">Results per page, at most 100.</param>
internal sealed record CatalogRequest(
    string? Q,
    string? Institution,
    bool? Drafts,
    double? MaxCost,
    double? MaxWeeks,
    string? Delivery,
    bool? CreditBearing,
    string? Occupation,
    string? Skill,
    string? Provider,
    int? Page,
    int? PageSize);
