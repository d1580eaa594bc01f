using Credence.Domain.Evaluation;
using Credence.Domain.Frameworks;
using Credence.Domain.LaborMarket;
using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;
using Credence.Persistence.Entities;
using Credence.Persistence.Frameworks;
using Microsoft.EntityFrameworkCore;

namespace Credence.Persistence.Designs;

/// <summary>Scores a design version against every built-in framework that applies to it (with the institution's framework override applied) and stores the scorecards, replacing the version's earlier ones.</summary>
/// <remarks>The subject is judged with the attestations, reviews and employer engagements recorded for it in the platform as well as those its record carries.
/// Criteria that look past the subject see the institution's other designs as their newest versions: a microcredential sees every pathway and the microcredentials it requires, a pathway the microcredentials its stages name.</remarks>
/// <param name="db">The database.</param>
/// <param name="timeProvider">The clock: the scorecards' as-of date.</param>
/// <param name="laborMarket">Labor-market facts; without them labor-market criteria report not enough information.</param>
public sealed class DesignScorer(CredenceDbContext db, TimeProvider timeProvider, ILaborMarketFacts? laborMarket = null)
{
    private readonly FrameworkOverrideStore _overrides = new(db, timeProvider);

    /// <summary>Evaluates the version and stores one scorecard per applicable built-in framework.</summary>
    /// <param name="version">The version; its <see cref="DesignVersion.Design"/> need not be loaded.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The stored scorecards.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="version"/> is null.</exception>
    public async Task<IReadOnlyList<ScorecardRecord>> ScoreAsync(DesignVersion version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(version);
        var design = await db.Designs.AsNoTracking().SingleAsync(d => d.Id == version.DesignId, cancellationToken).ConfigureAwait(false);
        var judgements = await StoredJudgements.LoadAsync(db, design, version, cancellationToken).ConfigureAwait(false);
        Microcredential? subjectMicrocredential = null;
        Pathway? subjectPathway = null;
        List<Microcredential> microcredentials;
        List<Pathway> pathways;
        if (design.Kind == DesignKind.Microcredential)
        {
            // A microcredential's criteria look at the pathways it belongs to and the microcredentials it requires.
            subjectMicrocredential = judgements.ApplyTo(DesignJson.DeserializeMicrocredential(version.Content));
            pathways = (await NewestAsync(design, DesignKind.Pathway, null, cancellationToken).ConfigureAwait(false)).Select(DesignJson.DeserializePathway).ToList();
            microcredentials = (await NewestAsync(design, DesignKind.Microcredential, subjectMicrocredential.Entry?.Prerequisites ?? [], cancellationToken).ConfigureAwait(false))
                .Select(DesignJson.DeserializeMicrocredential).Append(subjectMicrocredential).ToList();
        }
        else
        {
            // A pathway's criteria look at the microcredentials its stages name.
            subjectPathway = judgements.ApplyTo(DesignJson.DeserializePathway(version.Content));
            var named = subjectPathway.Stages.SelectMany(s => s.Microcredentials).Distinct(StringComparer.Ordinal).ToList();
            microcredentials = (await NewestAsync(design, DesignKind.Microcredential, named, cancellationToken).ConfigureAwait(false)).Select(DesignJson.DeserializeMicrocredential).ToList();
            pathways = [subjectPathway];
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
        var frameworks = await _overrides.FrameworksAsync(design.InstitutionId, cancellationToken).ConfigureAwait(false);
        foreach (var framework in frameworks.Where(f => Evaluator.AppliesTo(f, kind)))
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

    /// <summary>The contents of the newest version of the institution's other designs of a kind, all of them or only those with the given ids.</summary>
    private async Task<List<string>> NewestAsync(Design design, DesignKind kind, IReadOnlyCollection<string>? ids, CancellationToken cancellationToken)
    {
        if (ids is { Count: 0 })
        {
            return [];
        }

        var versions = db.DesignVersions.AsNoTracking()
            .Where(v => v.Design!.InstitutionId == design.InstitutionId && v.Design.Kind == kind && v.DesignId != design.Id)
            .Where(v => v.Number == v.Design!.Versions.Max(o => o.Number));
        if (ids is not null)
        {
            versions = versions.Where(v => ids.Contains(v.Design!.Slug));
        }

        return await versions.Select(v => v.Content).ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
