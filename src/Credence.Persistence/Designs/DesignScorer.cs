using Credence.Domain.Evaluation;
using Credence.Domain.Frameworks;
using Credence.Domain.LaborMarket;
using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;
using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Credence.Persistence.Designs;

/// <summary>Scores a design version against every built-in framework that applies to it and stores the scorecards, replacing the version's earlier ones.</summary>
/// <remarks>Pathway criteria look at the institution's other designs: each design's newest version stands in for it.</remarks>
/// <param name="db">The database.</param>
/// <param name="timeProvider">The clock: the scorecards' as-of date.</param>
/// <param name="laborMarket">Labor-market facts; without them labor-market criteria report not enough information.</param>
public sealed class DesignScorer(CredenceDbContext db, TimeProvider timeProvider, ILaborMarketFacts? laborMarket = null)
{
    /// <summary>Evaluates the version and stores one scorecard per applicable built-in framework.</summary>
    /// <param name="version">The version; its <see cref="DesignVersion.Design"/> need not be loaded.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The stored scorecards.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="version"/> is null.</exception>
    public async Task<IReadOnlyList<ScorecardRecord>> ScoreAsync(DesignVersion version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(version);
        var design = await db.Designs.AsNoTracking().SingleAsync(d => d.Id == version.DesignId, cancellationToken).ConfigureAwait(false);
        var newest = await db.DesignVersions.AsNoTracking()
            .Where(v => v.Design!.InstitutionId == design.InstitutionId && v.Number == v.Design.Versions.Max(o => o.Number) && v.Id != version.Id)
            .Select(v => new { v.Design!.Kind, v.Content })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var microcredentials = newest.Where(v => v.Kind == DesignKind.Microcredential).Select(v => DesignJson.DeserializeMicrocredential(v.Content)).ToList();
        var pathways = newest.Where(v => v.Kind == DesignKind.Pathway).Select(v => DesignJson.DeserializePathway(v.Content)).ToList();
        Microcredential? subjectMicrocredential = null;
        Pathway? subjectPathway = null;
        if (design.Kind == DesignKind.Microcredential)
        {
            subjectMicrocredential = DesignJson.DeserializeMicrocredential(version.Content);
            microcredentials.Add(subjectMicrocredential);
        }
        else
        {
            subjectPathway = DesignJson.DeserializePathway(version.Content);
            pathways.Add(subjectPathway);
        }

        var context = new EvaluationContext
        {
            AsOf = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime),
            Microcredentials = microcredentials.GroupBy(m => m.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal),
            Pathways = pathways,
            LaborMarket = laborMarket,
        };

        await db.Scorecards.Where(s => s.DesignVersionId == version.Id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        var kind = design.Kind == DesignKind.Microcredential ? SubjectKind.Microcredential : SubjectKind.Pathway;
        var records = new List<ScorecardRecord>();
        foreach (var framework in BuiltInFrameworks.All.Where(f => Evaluator.AppliesTo(f, kind)))
        {
            var scorecard = subjectMicrocredential is not null
                ? Evaluator.Evaluate(subjectMicrocredential, framework, context)
                : Evaluator.Evaluate(subjectPathway!, framework, context); // One of the two subjects is always set above.
            records.Add(new ScorecardRecord
            {
                DesignVersionId = version.Id,
                FrameworkId = scorecard.FrameworkId,
                FrameworkVersion = scorecard.FrameworkVersion,
                DataVintage = scorecard.DataVintage,
                AsOf = scorecard.AsOf,
                OverallScore = scorecard.OverallScore,
                Content = DesignJson.Serialize(scorecard),
                CreatedAt = timeProvider.GetUtcNow(),
            });
        }

        db.Scorecards.AddRange(records);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return records;
    }
}
