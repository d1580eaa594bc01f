using System.Globalization;
using Credence.Persistence;
using Credence.Persistence.Auditing;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Credence.Web.Features.Reviews;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Features.Employers;

/// <summary>Adds employer partners and records what they did for designs (with an audit entry in the same save); an engagement rescores the design, whose employer criteria count it.</summary>
internal static class EmployerLedger
{
    public static async Task<IReadOnlyList<EmployerResponse>> ListAsync(CredenceDbContext db, long institutionId, CancellationToken cancellationToken)
    {
        var employers = await db.Employers.AsNoTracking().Where(e => e.InstitutionId == institutionId).OrderBy(e => e.Name).ToListAsync(cancellationToken);
        var ids = employers.Select(e => e.Id).ToList();
        var engagements = await EngagementsAsync(db, db.EmployerEngagements.Where(g => ids.Contains(g.EmployerId)), cancellationToken);
        return employers.Select(e => new EmployerResponse(e.Id, e.Name, e.Sector, e.Url, engagements.Where(g => g.EmployerId == e.Id).ToList())).ToList();
    }

    /// <summary>The engagements recorded for a design, newest first.</summary>
    public static Task<List<EngagementResponse>> ForDesignAsync(CredenceDbContext db, long designId, CancellationToken cancellationToken) =>
        EngagementsAsync(db, db.EmployerEngagements.Where(g => g.DesignId == designId), cancellationToken);

    /// <summary>Whether the institution has a partner of that name, ignoring case (the database index is case-sensitive on PostgreSQL).</summary>
    public static async Task<bool> ExistsAsync(CredenceDbContext db, long institutionId, string name, CancellationToken cancellationToken)
    {
        var names = await db.Employers.AsNoTracking().Where(e => e.InstitutionId == institutionId).Select(e => e.Name).ToListAsync(cancellationToken);
        return names.Contains(name.Trim(), StringComparer.OrdinalIgnoreCase);
    }

    public static async Task<Employer> AddAsync(CredenceDbContext db, TimeProvider time, Institution institution, EmployerRequest request, Actor actor, CancellationToken cancellationToken)
    {
        var employer = new Employer
        {
            InstitutionId = institution.Id,
            Name = request.Name!.Trim(), // Validated as present.
            Sector = Blank(request.Sector),
            Url = Blank(request.Url),
        };
        db.Employers.Add(employer);
        Audit(db, time, actor, "employer.added", institution, employer.Name, null);
        await db.SaveChangesAsync(cancellationToken);
        return employer;
    }

    public static async Task<EngagementResponse> EngageAsync(
        CredenceDbContext db, DesignScorer scorer, TimeProvider time, DesignVersion version, Employer employer, EngagementRequest request, Actor actor, CancellationToken cancellationToken)
    {
        var design = version.Design!; // Versions are read with their design and institution.
        var now = time.GetUtcNow();
        var engagement = new EmployerEngagementRecord
        {
            EmployerId = employer.Id,
            DesignId = design.Id,
            Activity = request.Activity!.Value, // Validated as present.
            Date = request.Date ?? DateOnly.FromDateTime(now.UtcDateTime),
            Evidence = Blank(request.Evidence),
            RecordedBy = actor.UserId,
            RecordedAt = now,
        };
        db.EmployerEngagements.Add(engagement);
        Audit(db, time, actor, "employer.engagement-recorded", design.Institution!, employer.Name, $"{design.Slug}: {engagement.Activity} on {engagement.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        await db.SaveChangesAsync(cancellationToken);
        await ReviewLedger.RescoreAsync(db, scorer, design.Id, 1, cancellationToken);
        return new EngagementResponse(engagement.Id, employer.Id, employer.Name, employer.Sector, design.Slug, engagement.Activity, engagement.Date, engagement.Evidence, engagement.RecordedAt);
    }

    private static async Task<List<EngagementResponse>> EngagementsAsync(CredenceDbContext db, IQueryable<EmployerEngagementRecord> query, CancellationToken cancellationToken)
    {
        var rows = await query.AsNoTracking()
            .Select(g => new
            {
                g.Id,
                g.EmployerId,
                Employer = g.Employer!.Name,
                g.Employer.Sector,
                Design = db.Designs.Where(d => d.Id == g.DesignId).Select(d => d.Slug).FirstOrDefault(),
                g.Activity,
                g.Date,
                g.Evidence,
                g.RecordedAt,
            })
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.Date).ThenByDescending(r => r.Id)
            .Select(r => new EngagementResponse(r.Id, r.EmployerId, r.Employer, r.Sector, r.Design, r.Activity, r.Date, r.Evidence, r.RecordedAt))
            .ToList();
    }

    private static void Audit(CredenceDbContext db, TimeProvider time, Actor actor, string action, Institution institution, string employer, string? details) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow(),
            UserId = actor.UserId,
            UserName = actor.UserName,
            Action = action,
            EntityType = "employer",
            EntityKey = $"{institution.Slug}/{employer}",
            InstitutionId = institution.Id,
            Details = details,
        });

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
