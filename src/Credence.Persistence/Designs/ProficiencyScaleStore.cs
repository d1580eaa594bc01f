using Credence.Domain.Authoring;
using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Credence.Persistence.Designs;

/// <summary>Reads the proficiency scales institutions defined in the authoring format and stored with an import.</summary>
/// <param name="db">The database.</param>
public sealed class ProficiencyScaleStore(CredenceDbContext db)
{
    /// <summary>The path prefix of the stored scales' documents in <see cref="DocumentsAsync"/>, which no uploaded file can have.</summary>
    public const string DocumentPrefix = "(stored)/scales/";

    /// <summary>The institution's scales ordered by id.</summary>
    /// <param name="institutionId">The institution's key.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The stored scales, not tracked.</returns>
    public async Task<IReadOnlyList<StoredProficiencyScale>> ListAsync(long institutionId, CancellationToken cancellationToken) =>
        (await db.ProficiencyScales.AsNoTracking().Where(s => s.InstitutionId == institutionId).ToListAsync(cancellationToken).ConfigureAwait(false))
            .OrderBy(s => s.Slug, StringComparer.Ordinal)
            .ToList();

    /// <summary>The institution's scales as authoring documents, to load beside a design so its scale references resolve; scales with the given ids are left out.</summary>
    /// <param name="institution">The institution's slug.</param>
    /// <param name="only">When not null, only the scales with these ids.</param>
    /// <param name="except">Ids of scales to leave out (defined elsewhere in the same load).</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>One document per scale, its path starting with <see cref="DocumentPrefix"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="except"/> is null.</exception>
    public async Task<IReadOnlyList<SourceDocument>> DocumentsAsync(string institution, IReadOnlyCollection<string>? only, IReadOnlyCollection<string> except, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(except);
        if (only is { Count: 0 })
        {
            return [];
        }

        var query = db.ProficiencyScales.AsNoTracking()
            .Where(s => db.Institutions.Any(i => i.Id == s.InstitutionId && i.Slug == institution));
        if (only is not null)
        {
            query = query.Where(s => only.Contains(s.Slug));
        }

        var rows = await query.Select(s => new { s.Slug, s.SourceYaml }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows
            .Where(r => !except.Contains(r.Slug))
            .OrderBy(r => r.Slug, StringComparer.Ordinal)
            .Select(r => new SourceDocument(DocumentPrefix + r.Slug + ".yaml", r.SourceYaml))
            .ToList();
    }
}
