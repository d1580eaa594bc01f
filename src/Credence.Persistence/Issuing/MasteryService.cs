using Credence.Persistence.Auditing;
using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Credence.Persistence.Issuing;

/// <summary>Records assessment results per learner and competency and creates the award when the published version's award rule is met:
/// every competency mastered at its required level, never seat time.</summary>
/// <param name="db">The database.</param>
/// <param name="timeProvider">The clock.</param>
public sealed class MasteryService(CredenceDbContext db, TimeProvider timeProvider)
{
    /// <summary>Records results for a learner against the published version of a microcredential; awards it when every competency is now mastered.</summary>
    /// <param name="institution">The institution's slug.</param>
    /// <param name="microcredentialId">The microcredential's id.</param>
    /// <param name="learner">The learner (found by e-mail address, added when new).</param>
    /// <param name="results">The results to record.</param>
    /// <param name="actor">Who records them.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The problems (nothing is recorded when there is any), or the award when the rule is met and the competencies still outstanding.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public async Task<MasteryOutcome> RecordAsync(string institution, string microcredentialId, LearnerInfo learner, IReadOnlyList<CompetencyResult> results, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(learner);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(actor);
        var published = await PublishedMicrocredential.FindAsync(db, institution, microcredentialId, cancellationToken).ConfigureAwait(false);
        if (published is null)
        {
            var code = await db.Institutions.AnyAsync(i => i.Slug == institution, cancellationToken).ConfigureAwait(false)
                ? IssuingCodes.MicrocredentialNotFound : IssuingCodes.InstitutionNotFound;
            return new MasteryOutcome([new IssuingProblem(code, null, $"No published microcredential '{microcredentialId}' in '{institution}'.")], null, []);
        }

        var problems = Learners.Check(learner).ToList();
        for (var i = 0; i < results.Count; i++)
        {
            problems.AddRange(MasteryRule.Check(published.Microcredential, results[i], $"results[{i}]."));
        }

        if (MasteryRule.CheckRule(published.Microcredential) is { } ruleProblem)
        {
            problems.Add(ruleProblem);
        }

        if (problems.Count > 0)
        {
            return new MasteryOutcome(problems, null, []);
        }

        var now = timeProvider.GetUtcNow();
        var record = await Learners.GetOrAddAsync(db, learner, now, cancellationToken).ConfigureAwait(false);
        foreach (var result in results)
        {
            var competency = published.Microcredential.Competencies.First(c => c.Id == result.CompetencyId);
            db.AssessmentResults.Add(new AssessmentResult
            {
                Learner = record,
                DesignVersionId = published.Version.Id,
                CompetencyId = result.CompetencyId,
                Result = result.Result,
                ProficiencyLevel = result.ProficiencyLevel,
                Mastered = MasteryRule.IsMastered(competency, result.ProficiencyLevel, result.Result, result.Mastered),
                Assessor = result.Assessor,
                Evidence = result.Evidence.Select(e => new EvidenceLink { Url = e.Url, Title = e.Title }).ToList(),
                AssessedAt = result.AssessedAt ?? now,
                RecordedAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        var all = await db.AssessmentResults.AsNoTracking()
            .Where(r => r.LearnerId == record.Id && r.DesignVersionId == published.Version.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var outstanding = MasteryRule.Outstanding(published.Microcredential, all);
        if (outstanding.Count > 0)
        {
            return new MasteryOutcome([], null, outstanding);
        }

        var award = await db.Awards.AsNoTracking().FirstOrDefaultAsync(a => a.LearnerId == record.Id && a.DesignVersionId == published.Version.Id, cancellationToken).ConfigureAwait(false);
        if (award is null)
        {
            award = new Award
            {
                InstitutionId = published.Institution.Id,
                LearnerId = record.Id,
                DesignVersionId = published.Version.Id,
                AwardedAt = all.Max(r => r.AssessedAt),
                AwardedBy = actor.UserId,
            };
            db.Awards.Add(award);
            AuditLog.Add(db, timeProvider, actor, "award", nameof(Award), record.Email + "/" + published.Version.Id, published.Institution.Id, microcredentialId);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return new MasteryOutcome([], award, []);
    }

    /// <summary>Lists a learner's recorded results for a version, newest first.</summary>
    /// <param name="learnerId">The learner's key.</param>
    /// <param name="designVersionId">The version's key.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The results.</returns>
    public async Task<IReadOnlyList<AssessmentResult>> ListResultsAsync(long learnerId, long designVersionId, CancellationToken cancellationToken) =>
        (await db.AssessmentResults.AsNoTracking().Where(r => r.LearnerId == learnerId && r.DesignVersionId == designVersionId)
            .ToListAsync(cancellationToken).ConfigureAwait(false))
            .OrderByDescending(r => r.AssessedAt).ThenByDescending(r => r.Id).ToList();
}
