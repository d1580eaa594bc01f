namespace Credence.Web.Features.Dashboard;

/// <summary>An institution's portfolio ranked by value (highest score first, unscored last) and its most frequent gaps.</summary>
internal sealed record DashboardResponse(string Institution, string InstitutionName, string? Framework, IReadOnlyList<PortfolioItem> Portfolio, IReadOnlyList<GapSummary> TopGaps);
