using Credence.Persistence.Entities;

namespace Credence.Web.Features.Dashboard;

/// <summary>One design of the portfolio: its newest version, the score it is ranked by, and its score per framework.</summary>
internal sealed record PortfolioItem(
    DesignKind Kind, string Id, string Title, int Version, DesignVersionStatus Status, string? RankedBy, double? Score, IReadOnlyDictionary<string, double?> Scores);
