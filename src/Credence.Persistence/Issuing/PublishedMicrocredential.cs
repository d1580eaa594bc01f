using System.Collections.Concurrent;
using Credence.Domain.Microcredentials;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Credence.Persistence.Issuing;

/// <summary>A microcredential's published version with its institution and its record, the input of everything issuing does.</summary>
/// <param name="Institution">The institution.</param>
/// <param name="Version">The published version.</param>
/// <param name="Microcredential">The version's record.</param>
public sealed record PublishedMicrocredential(Institution Institution, DesignVersion Version, Microcredential Microcredential)
{
    // Published versions never change, so their parsed records are shared, keyed by content (ids repeat across databases).
    private static readonly ConcurrentDictionary<string, Microcredential> _records = new(StringComparer.Ordinal);

    internal static async Task<PublishedMicrocredential?> FindAsync(CredenceDbContext db, string institutionSlug, string microcredentialId, CancellationToken cancellationToken)
    {
        var found = await (from d in db.Designs.AsNoTracking()
                           join i in db.Institutions.AsNoTracking() on d.InstitutionId equals i.Id
                           join v in db.DesignVersions.AsNoTracking() on d.Id equals v.DesignId
                           where i.Slug == institutionSlug && d.Kind == DesignKind.Microcredential && d.Slug == microcredentialId
                                 && v.Number == d.PublishedVersionNumber && v.Status == DesignVersionStatus.Published
                           select new { i, v }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return found is null ? null : new PublishedMicrocredential(found.i, found.v, Record(found.v));
    }

    internal static async Task<PublishedMicrocredential?> FindAsync(CredenceDbContext db, long designVersionId, CancellationToken cancellationToken)
    {
        var found = await (from v in db.DesignVersions.AsNoTracking()
                           join d in db.Designs.AsNoTracking() on v.DesignId equals d.Id
                           join i in db.Institutions.AsNoTracking() on d.InstitutionId equals i.Id
                           where v.Id == designVersionId && v.Status == DesignVersionStatus.Published && d.Kind == DesignKind.Microcredential
                           select new { i, v }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return found is null ? null : new PublishedMicrocredential(found.i, found.v, Record(found.v));
    }

    private static Microcredential Record(DesignVersion version) =>
        _records.GetOrAdd(version.Content, DesignJson.DeserializeMicrocredential);
}
