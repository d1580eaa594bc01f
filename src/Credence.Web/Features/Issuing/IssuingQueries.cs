using System.Text.Json;
using Credence.Persistence;
using Credence.Persistence.Entities;
using Credence.Persistence.Issuing;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Features.Issuing;

/// <summary>What the issuer's pages and API list: awards and issued credentials of one institution, with filters.</summary>
internal sealed class IssuingQueries(CredenceDbContext db, TimeProvider timeProvider, IssuingUrls urls)
{
    public async Task<IReadOnlyList<CredentialResponse>> CredentialsAsync(long institutionId, CredentialFilter filter, CancellationToken cancellationToken)
    {
        var query = Rows().Where(r => r.Credential.InstitutionId == institutionId);
        if (filter.State is { } state)
        {
            query = query.Where(r => r.Credential.State == state);
        }

        if (filter.Learner is { Length: > 0 } learner)
        {
            var email = learner.Trim().ToLowerInvariant();
            query = query.Where(r => r.Learner.Email == email);
        }

        if (filter.Microcredential is { Length: > 0 } microcredential)
        {
            query = query.Where(r => r.Slug == microcredential);
        }

        var page = Math.Max(1, filter.Page);
        var size = Math.Clamp(filter.PageSize, 1, 200);
        List<Row> rows;
        if (filter.ExpiringWithinDays is { } days)
        {
            // SQLite keeps DateTimeOffset as text that does not compare across offsets, so the window is applied here.
            var now = timeProvider.GetUtcNow();
            rows = (await query.Where(r => r.Credential.State == CredentialState.Active && r.Credential.ValidUntil != null).ToListAsync(cancellationToken))
                .Where(r => r.Credential.ValidUntil > now && r.Credential.ValidUntil <= now.AddDays(days))
                .OrderBy(r => r.Credential.ValidUntil).Skip((page - 1) * size).Take(size).ToList();
        }
        else
        {
            rows = await query.OrderByDescending(r => r.Credential.Id).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        }

        return rows.Select(r => Response(r, withJson: false)).ToList();
    }

    public async Task<CredentialResponse?> CredentialAsync(long institutionId, Guid credentialId, CancellationToken cancellationToken)
    {
        var row = await Rows().FirstOrDefaultAsync(r => r.Credential.InstitutionId == institutionId && r.Credential.CredentialId == credentialId, cancellationToken);
        return row is null ? null : Response(row, withJson: true);
    }

    public async Task<IReadOnlyList<AwardResponse>> AwardsAsync(long institutionId, CancellationToken cancellationToken)
    {
        var awards = await (from a in db.Awards.AsNoTracking()
                            join l in db.Learners.AsNoTracking() on a.LearnerId equals l.Id
                            join v in db.DesignVersions.AsNoTracking() on a.DesignVersionId equals v.Id
                            join d in db.Designs.AsNoTracking() on v.DesignId equals d.Id
                            where a.InstitutionId == institutionId
                            orderby a.Id descending
                            select new { a.Id, l.Email, l.Name, d.Slug, v.Title, a.AwardedAt }).Take(500).ToListAsync(cancellationToken);
        var ids = awards.Select(a => (long?)a.Id).ToList();
        var issued = await db.IssuedCredentials.AsNoTracking().Where(c => ids.Contains(c.AwardId))
            .Select(c => new { c.AwardId, c.CredentialId, c.Id }).ToListAsync(cancellationToken);
        var latest = issued.GroupBy(c => c.AwardId!.Value).ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.Id).First().CredentialId);
        return awards.Select(a => new AwardResponse(a.Id, a.Email, a.Name, a.Slug, a.Title, a.AwardedAt, latest.TryGetValue(a.Id, out var c) ? c : null)).ToList();
    }

    private IQueryable<Row> Rows() =>
        from c in db.IssuedCredentials.AsNoTracking()
        join l in db.Learners.AsNoTracking() on c.LearnerId equals l.Id
        join v in db.DesignVersions.AsNoTracking() on c.DesignVersionId equals v.Id
        join d in db.Designs.AsNoTracking() on v.DesignId equals d.Id
        select new Row { Credential = c, Learner = l, Slug = d.Slug, Title = v.Title };

    private CredentialResponse Response(Row row, bool withJson)
    {
        var c = row.Credential;
        JsonElement? json = null;
        if (withJson)
        {
            using var document = JsonDocument.Parse(c.Json);
            json = document.RootElement.Clone();
        }

        return new CredentialResponse(
            c.CredentialId, row.Learner.Email, row.Learner.Name, row.Slug, row.Title, c.State, c.StateReason, c.IssuedAt, c.ValidFrom, c.ValidUntil,
            c.IsPublic, urls.CredentialPage(c.CredentialId), json);
    }

    private sealed class Row
    {
        public required IssuedCredential Credential { get; init; }

        public required Learner Learner { get; init; }

        public required string Slug { get; init; }

        public required string Title { get; init; }
    }
}
