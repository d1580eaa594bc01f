using Credence.Domain.Common;
using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;
using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Credence.Persistence.Designs;

/// <summary>What people recorded about a design in the platform rather than in its file: reviewer attestations and reviews, and employer engagements.</summary>
/// <remarks>
/// A version is judged with the attestations and reviews recorded on it and on the design's earlier versions (never later ones):
/// the latest attestation of a criterion decides and its age limit retires stale ones, so a new draft keeps the judgements made so far.
/// Employer engagements belong to the design, not a version.
/// </remarks>
internal sealed record StoredJudgements(IReadOnlyList<Attestation> Attestations, IReadOnlyList<QualityReview> Reviews, IReadOnlyList<EmployerEngagement> Employers)
{
    public static async Task<StoredJudgements> LoadAsync(CredenceDbContext db, Design design, DesignVersion version, CancellationToken cancellationToken)
    {
        var attestations = await db.CriterionAttestations.AsNoTracking()
            .Where(a => a.DesignVersion!.DesignId == design.Id && a.DesignVersion.Number <= version.Number)
            .OrderBy(a => a.Id)
            .Select(a => new { a.CriterionId, a.Confirmed, a.Notes, a.AttestedBy, a.AttestedAt, Evidence = a.Evidence.Select(e => e.Url).ToList() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var reviews = await db.Reviews.AsNoTracking()
            .Where(r => r.DesignVersion!.DesignId == design.Id && r.DesignVersion.Number <= version.Number)
            .OrderBy(r => r.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var engagements = await db.EmployerEngagements.AsNoTracking()
            .Where(g => g.DesignId == design.Id)
            .Select(g => new { g.Employer!.Name, g.Employer.Sector, g.Activity, g.Date, g.Evidence, g.Id })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var userIds = attestations.Select(a => a.AttestedBy).Concat(reviews.Select(r => r.ReviewerId)).Distinct(StringComparer.Ordinal).ToList();
        var names = await db.Users.AsNoTracking()
            .Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, Name = u.DisplayName ?? u.UserName })
            .ToDictionaryAsync(u => u.Id, u => u.Name ?? u.Id, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);

        return new StoredJudgements(
            attestations.Select(a => new Attestation
            {
                Criterion = a.CriterionId,
                Confirmed = a.Confirmed,
                By = names.GetValueOrDefault(a.AttestedBy, a.AttestedBy),
                Date = DateOnly.FromDateTime(a.AttestedAt.UtcDateTime),
                Evidence = a.Evidence,
                Notes = a.Notes,
            }).ToList(),
            reviews.Select(r => new QualityReview
            {
                ReviewerKind = r.ReviewerKind,
                Reviewer = names.GetValueOrDefault(r.ReviewerId, r.ReviewerId),
                Date = DateOnly.FromDateTime(r.ReviewedAt.UtcDateTime),
                Outcome = r.Outcome,
                Notes = r.Notes,
            }).ToList(),
            engagements
                .GroupBy(g => g.Name, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new EmployerEngagement
                {
                    Employer = g.Key,
                    Sector = g.First().Sector,
                    Activities = g.Select(e => e.Activity).Distinct().Order().ToList(),
                    Date = g.Max(e => e.Date),
                    Evidence = g.OrderByDescending(e => e.Date).ThenByDescending(e => e.Id).Select(e => e.Evidence).FirstOrDefault(e => e is not null),
                })
                .ToList());
    }

    public bool IsEmpty => Attestations.Count == 0 && Reviews.Count == 0 && Employers.Count == 0;

    /// <summary>The microcredential with the stored judgements added after those its file carries.</summary>
    public Microcredential ApplyTo(Microcredential microcredential) => IsEmpty
        ? microcredential
        : microcredential with
        {
            Attestations = [.. microcredential.Attestations, .. Attestations],
            QualityReviews = [.. microcredential.QualityReviews, .. Reviews],
            EmployerPartners = [.. microcredential.EmployerPartners, .. Employers],
        };

    /// <summary>The pathway with the stored attestations and employer engagements added (pathways carry no quality reviews).</summary>
    public Pathway ApplyTo(Pathway pathway) => IsEmpty
        ? pathway
        : pathway with
        {
            Attestations = [.. pathway.Attestations, .. Attestations],
            EmployerPartners = [.. pathway.EmployerPartners, .. Employers],
        };
}
