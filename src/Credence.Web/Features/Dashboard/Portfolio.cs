using System.Text.Json;
using Credence.Domain.Evaluation;
using Credence.Persistence;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Features.Dashboard;

/// <summary>Builds the dashboard of an institution from the newest version of each of its designs.</summary>
/// <remarks>
/// A design is ranked by its primary framework — the Microcredential Value Framework for microcredentials, the pathway design criteria for
/// pathways — or by the framework asked for, when it has a scorecard of it. Gaps count, per criterion, the designs for which it is not met
/// or lacks the information, over the same scorecards.
/// </remarks>
internal static class Portfolio
{
    public const int GapCount = 10;

    /// <summary>The framework a kind of design is ranked by when none is asked for.</summary>
    public static string PrimaryFramework(DesignKind kind) => kind == DesignKind.Microcredential ? "mvf" : "pathway-design";

    public static async Task<DashboardResponse> BuildAsync(CredenceDbContext db, Institution institution, string? framework, CancellationToken cancellationToken)
    {
        var newest = await db.DesignVersions.AsNoTracking()
            .Where(v => v.Design!.InstitutionId == institution.Id && v.Number == v.Design.Versions.Max(o => o.Number))
            .Select(v => new { v.Id, v.Design!.Kind, v.Design.Slug, v.Title, v.Number, v.Status })
            .ToListAsync(cancellationToken);
        var ids = newest.Select(v => v.Id).ToList();
        var records = await db.Scorecards.AsNoTracking()
            .Where(s => ids.Contains(s.DesignVersionId))
            .Select(s => new { s.DesignVersionId, s.FrameworkId, s.OverallScore, s.Content })
            .ToListAsync(cancellationToken);
        var byVersion = records.ToLookup(r => r.DesignVersionId);

        var items = new List<PortfolioItem>();
        var ranked = new List<(DesignRef Design, Scorecard Scorecard)>();
        foreach (var version in newest)
        {
            var scorecards = byVersion[version.Id].ToList();
            var rankedBy = framework ?? PrimaryFramework(version.Kind);
            var chosen = scorecards.FirstOrDefault(s => s.FrameworkId == rankedBy);
            if (framework is not null && chosen is null)
            {
                continue;
            }

            items.Add(new PortfolioItem(
                version.Kind,
                version.Slug,
                version.Title,
                version.Number,
                version.Status,
                chosen?.FrameworkId,
                chosen?.OverallScore,
                scorecards.OrderBy(s => s.FrameworkId, StringComparer.Ordinal).ToDictionary(s => s.FrameworkId, s => s.OverallScore, StringComparer.Ordinal)));
            if (chosen is not null)
            {
                ranked.Add((new DesignRef(version.Kind, version.Slug, version.Title), JsonSerializer.Deserialize<Scorecard>(chosen.Content, DesignJson.Options)!)); // Stored scorecards are written by DesignJson.Serialize.
            }
        }

        var portfolio = items
            .OrderByDescending(i => i.Score.HasValue)
            .ThenByDescending(i => i.Score)
            .ThenBy(i => i.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(i => i.Id, StringComparer.Ordinal)
            .ToList();
        return new DashboardResponse(institution.Slug, institution.Name, framework, portfolio, Gaps(ranked));
    }

    private static List<GapSummary> Gaps(List<(DesignRef Design, Scorecard Scorecard)> scorecards) =>
        scorecards
            .SelectMany(s => s.Scorecard.Criteria
                .Where(c => c.Status is CriterionStatus.NotMet or CriterionStatus.NotEnoughInformation)
                .Select(c => (s.Design, s.Scorecard.FrameworkId, Criterion: c)))
            .GroupBy(g => g.Criterion.CriterionId, StringComparer.Ordinal)
            .Select(g => new GapSummary(
                g.Key,
                g.First().Criterion.Title,
                g.First().FrameworkId,
                g.Count(x => x.Criterion.Status == CriterionStatus.NotMet),
                g.Count(x => x.Criterion.Status == CriterionStatus.NotEnoughInformation),
                g.Select(x => x.Design).Distinct().OrderBy(d => d.Title, StringComparer.OrdinalIgnoreCase).ThenBy(d => d.Id, StringComparer.Ordinal).ToList()))
            .OrderByDescending(g => g.DesignsCount)
            .ThenByDescending(g => g.NotMet)
            .ThenBy(g => g.CriterionId, StringComparer.Ordinal)
            .Take(GapCount)
            .ToList();
}
