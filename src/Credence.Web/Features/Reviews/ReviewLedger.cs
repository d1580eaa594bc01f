using System.Globalization;
using Credence.Domain.Common;
using Credence.Persistence;
using Credence.Persistence.Auditing;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Features.Reviews;

/// <summary>Records attestations and reviews of a design version (with an audit entry in the same save) and rescores the versions they count for; lists what is on record.</summary>
internal static class ReviewLedger
{
    public static async Task<AttestationResponse> AttestAsync(
        CredenceDbContext db, DesignScorer scorer, TimeProvider time, DesignVersion version, AttestationRequest request, Actor actor, CancellationToken cancellationToken)
    {
        var attestation = new CriterionAttestation
        {
            DesignVersionId = version.Id,
            CriterionId = request.CriterionId!, // Validated as present before recording.
            Confirmed = request.Confirmed == true,
            Notes = Blank(request.Notes),
            AttestedBy = actor.UserId ?? string.Empty,
            AttestedAt = time.GetUtcNow(),
        };
        attestation.Evidence.AddRange(Links(request.Evidence));
        db.CriterionAttestations.Add(attestation);
        Audit(db, time, actor, "review.attestation-recorded", version, $"version {Number(version)}, {attestation.CriterionId}, confirmed {(attestation.Confirmed ? "yes" : "no")}");
        await db.SaveChangesAsync(cancellationToken);
        await RescoreAsync(db, scorer, version.DesignId, version.Number, cancellationToken);
        return new AttestationResponse(attestation.Id, version.Number, attestation.CriterionId, attestation.Confirmed, attestation.Notes, actor.UserName ?? attestation.AttestedBy, attestation.AttestedAt, Inputs(attestation.Evidence));
    }

    public static async Task<ReviewResponse> ReviewAsync(
        CredenceDbContext db, DesignScorer scorer, TimeProvider time, DesignVersion version, ReviewRequest request, Actor actor, CancellationToken cancellationToken)
    {
        var review = new Review
        {
            DesignVersionId = version.Id,
            ReviewerId = actor.UserId ?? string.Empty,
            ReviewerKind = request.ReviewerKind ?? ReviewerKind.InternalCommittee,
            Outcome = request.Outcome!.Value, // Validated as present before recording.
            Notes = Blank(request.Notes),
            ReviewedAt = time.GetUtcNow(),
        };
        review.Evidence.AddRange(Links(request.Evidence));
        db.Reviews.Add(review);
        Audit(db, time, actor, "review.recorded", version, $"version {Number(version)}, {review.Outcome}");
        await db.SaveChangesAsync(cancellationToken);
        await RescoreAsync(db, scorer, version.DesignId, version.Number, cancellationToken);
        return new ReviewResponse(review.Id, version.Number, review.Outcome, review.ReviewerKind, actor.UserName ?? review.ReviewerId, review.Notes, review.ReviewedAt, Inputs(review.Evidence));
    }

    /// <summary>The attestations that count for a version: those made on it and on the design's earlier versions, newest first.</summary>
    public static async Task<IReadOnlyList<AttestationResponse>> AttestationsAsync(CredenceDbContext db, DesignVersion version, CancellationToken cancellationToken)
    {
        var rows = await db.CriterionAttestations.AsNoTracking()
            .Where(a => a.DesignVersion!.DesignId == version.DesignId && a.DesignVersion.Number <= version.Number)
            .Select(a => new { a.Id, a.DesignVersion!.Number, a.CriterionId, a.Confirmed, a.Notes, a.AttestedBy, a.AttestedAt, Evidence = a.Evidence.Select(e => new EvidenceInput(e.Url, e.Title)).ToList() })
            .ToListAsync(cancellationToken);
        var names = await NamesAsync(db, rows.Select(r => r.AttestedBy), cancellationToken);
        return rows.OrderByDescending(r => r.AttestedAt).ThenByDescending(r => r.Id)
            .Select(r => new AttestationResponse(r.Id, r.Number, r.CriterionId, r.Confirmed, r.Notes, names.GetValueOrDefault(r.AttestedBy, r.AttestedBy), r.AttestedAt, r.Evidence))
            .ToList();
    }

    /// <summary>The reviews that count for a version: those of it and of the design's earlier versions, newest first.</summary>
    public static async Task<IReadOnlyList<ReviewResponse>> ReviewsAsync(CredenceDbContext db, DesignVersion version, CancellationToken cancellationToken)
    {
        var rows = await db.Reviews.AsNoTracking()
            .Where(r => r.DesignVersion!.DesignId == version.DesignId && r.DesignVersion.Number <= version.Number)
            .Select(r => new { r.Id, r.DesignVersion!.Number, r.Outcome, r.ReviewerKind, r.ReviewerId, r.Notes, r.ReviewedAt, Evidence = r.Evidence.Select(e => new EvidenceInput(e.Url, e.Title)).ToList() })
            .ToListAsync(cancellationToken);
        var names = await NamesAsync(db, rows.Select(r => r.ReviewerId), cancellationToken);
        return rows.OrderByDescending(r => r.ReviewedAt).ThenByDescending(r => r.Id)
            .Select(r => new ReviewResponse(r.Id, r.Number, r.Outcome, r.ReviewerKind, names.GetValueOrDefault(r.ReviewerId, r.ReviewerId), r.Notes, r.ReviewedAt, r.Evidence))
            .ToList();
    }

    /// <summary>Rescores every version of a design from a number on (judgements carry forward to later versions).</summary>
    public static async Task RescoreAsync(CredenceDbContext db, DesignScorer scorer, long designId, int fromNumber, CancellationToken cancellationToken)
    {
        var versions = await db.DesignVersions.AsNoTracking().Where(v => v.DesignId == designId && v.Number >= fromNumber).OrderBy(v => v.Number).ToListAsync(cancellationToken);
        foreach (var version in versions)
        {
            await scorer.ScoreAsync(version, cancellationToken);
        }
    }

    public static void Audit(CredenceDbContext db, TimeProvider time, Actor actor, string action, DesignVersion version, string details) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow(),
            UserId = actor.UserId,
            UserName = actor.UserName,
            Action = action,
            EntityType = version.Design!.Kind == DesignKind.Microcredential ? "microcredential" : "pathway", // Versions are read with their design.
            EntityKey = $"{version.Design.Institution?.Slug}/{version.Design.Slug}",
            InstitutionId = version.Design.InstitutionId,
            Details = details,
        });

    private static async Task<Dictionary<string, string>> NamesAsync(CredenceDbContext db, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
        return await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id))
            .Select(u => new { u.Id, Name = u.DisplayName ?? u.UserName })
            .ToDictionaryAsync(u => u.Id, u => u.Name ?? u.Id, StringComparer.Ordinal, cancellationToken);
    }

    private static IEnumerable<EvidenceLink> Links(IReadOnlyList<EvidenceInput>? evidence) =>
        (evidence ?? []).Select(e => new EvidenceLink { Url = e.Url!.Trim(), Title = Blank(e.Title) }); // Urls are validated as present.

    private static List<EvidenceInput> Inputs(IEnumerable<EvidenceLink> links) => links.Select(l => new EvidenceInput(l.Url, l.Title)).ToList();

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Number(DesignVersion version) => version.Number.ToString(CultureInfo.InvariantCulture);
}
