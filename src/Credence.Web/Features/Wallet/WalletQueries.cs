using System.Security.Claims;
using Credence.Domain.LaborMarket;
using Credence.Persistence;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Credence.Persistence.Identity;
using Credence.Persistence.Issuing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Features.Wallet;

/// <summary>What a learner holds: their credentials (learner records linked to their account, see <see cref="LearnerAccountLinker"/>) and their
/// progress along the pathways of the institutions that issued them.</summary>
internal sealed class WalletQueries(CredenceDbContext db, UserManager<CredenceUser> users, ILaborMarketFacts laborMarket, LearnerAccountLinker linker)
{
    /// <summary>The learner records of the signed-in account; empty for anyone else.</summary>
    public async Task<IReadOnlyList<long>> LearnerIdsAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return [];
        }

        // Opening the wallet links records issued to the account's confirmed address since the last visit; the records themselves are
        // found by the link alone, so an address change never reveals another learner's records.
        if (principal.IsInRole(CredenceRoles.Learner))
        {
            await linker.LinkAsync(user, cancellationToken);
        }

        return await db.Learners.AsNoTracking().Where(l => l.UserId == user.Id).Select(l => l.Id).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<HeldCredential>> HeldAsync(IReadOnlyList<long> learnerIds, CancellationToken cancellationToken) =>
        learnerIds.Count == 0 ? [] : (await Rows(c => learnerIds.Contains(c.LearnerId)).ToListAsync(cancellationToken)).OrderByDescending(c => c.IssuedAt).ToList();

    public Task<HeldCredential?> FindAsync(Guid credentialId, CancellationToken cancellationToken) =>
        Rows(c => c.CredentialId == credentialId).FirstOrDefaultAsync(cancellationToken);

    public async Task SetPublicAsync(Guid credentialId, bool isPublic, CancellationToken cancellationToken) =>
        await db.IssuedCredentials.Where(c => c.CredentialId == credentialId).ExecuteUpdateAsync(s => s.SetProperty(c => c.IsPublic, isPublic), cancellationToken);

    /// <summary>Progress along every published pathway of the institutions whose credentials the learner holds.</summary>
    public async Task<IReadOnlyList<PathwayProgress>> PathwaysAsync(IReadOnlyList<HeldCredential> held, CancellationToken cancellationToken)
    {
        var active = held.Where(h => h.State == CredentialState.Active).ToList();
        var institutions = held.Select(h => h.InstitutionId).Distinct().ToList();
        if (institutions.Count == 0)
        {
            return [];
        }

        var published = await (from d in db.Designs.AsNoTracking()
                               join v in db.DesignVersions.AsNoTracking() on d.Id equals v.DesignId
                               join i in db.Institutions.AsNoTracking() on d.InstitutionId equals i.Id
                               where institutions.Contains(d.InstitutionId) && v.Number == d.PublishedVersionNumber
                               select new { i.Slug, d.Kind, DesignSlug = d.Slug, v.Title, v.Content }).ToListAsync(cancellationToken);
        var titles = published.Where(p => p.Kind == DesignKind.Microcredential).ToDictionary(p => (p.Slug, p.DesignSlug), p => p.Title);
        var progress = new List<PathwayProgress>();
        foreach (var row in published.Where(p => p.Kind == DesignKind.Pathway))
        {
            var pathway = DesignJson.DeserializePathway(row.Content);
            var heldHere = active.Where(h => h.InstitutionSlug == row.Slug).Select(h => h.Microcredential).ToHashSet(StringComparer.Ordinal);
            if (!pathway.Stages.SelectMany(s => s.Microcredentials).Any(heldHere.Contains))
            {
                continue;
            }

            var stages = pathway.Stages.Select(s => new PathwayProgress.Stage(
                s.Id,
                s.Title ?? s.Id,
                s.Microcredentials.Count(heldHere.Contains) >= s.RequiredCount,
                s.RequiredCount,
                s.Microcredentials.Select(m => new PathwayProgress.Item(m, titles.GetValueOrDefault((row.Slug, m), m), heldHere.Contains(m))).ToList())).ToList();
            var done = stages.Where(s => s.Done).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            progress.Add(new PathwayProgress(
                row.Slug,
                pathway.Id,
                pathway.Title,
                stages,
                stages.FirstOrDefault(s => !s.Done)?.Id,
                pathway.StacksInto.Select(t => t.Credential).ToList(),
                pathway.OffRamps.Select(o => new PathwayProgress.OffRampProgress(
                    o.AfterStage,
                    o.Title,
                    done.Contains(o.AfterStage),
                    o.Occupations.Select(code => new PathwayProgress.Occupation(code, laborMarket.FindOccupation(code)?.Title ?? code)).ToList())).ToList()));
        }

        return progress;
    }

    // The filter applies to the credential rows: EF cannot translate a filter on the projected record.
    private IQueryable<HeldCredential> Rows(System.Linq.Expressions.Expression<Func<IssuedCredential, bool>> filter) =>
        from c in db.IssuedCredentials.AsNoTracking().Where(filter)
        join l in db.Learners.AsNoTracking() on c.LearnerId equals l.Id
        join i in db.Institutions.AsNoTracking() on c.InstitutionId equals i.Id
        join v in db.DesignVersions.AsNoTracking() on c.DesignVersionId equals v.Id
        join d in db.Designs.AsNoTracking() on v.DesignId equals d.Id
        select new HeldCredential(
            c.CredentialId, l.Id, l.UserId, l.Email, l.Name, i.Id, i.Slug, i.Name, d.Slug, v.Title, v.Description,
            c.State, c.StateReason, c.IssuedAt, c.ValidFrom, c.ValidUntil, c.IsPublic, c.Json);
}
