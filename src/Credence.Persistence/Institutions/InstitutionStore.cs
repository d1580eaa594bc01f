using Credence.Persistence.Auditing;
using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Credence.Persistence.Institutions;

/// <summary>Reads and adds the institutions an instance hosts.</summary>
/// <param name="db">The database.</param>
/// <param name="timeProvider">The clock for creation times and the audit log.</param>
public sealed class InstitutionStore(CredenceDbContext db, TimeProvider timeProvider)
{
    /// <summary>Finds an institution by its slug.</summary>
    /// <param name="slug">The slug.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The institution, or null.</returns>
    public Task<Institution?> FindAsync(string slug, CancellationToken cancellationToken) =>
        db.Institutions.AsNoTracking().SingleOrDefaultAsync(i => i.Slug == slug, cancellationToken);

    /// <summary>Finds an institution by its key.</summary>
    /// <param name="id">The key.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The institution, or null.</returns>
    public Task<Institution?> FindAsync(long id, CancellationToken cancellationToken) =>
        db.Institutions.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);

    /// <summary>Lists every institution by name.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The institutions.</returns>
    public async Task<IReadOnlyList<Institution>> ListAsync(CancellationToken cancellationToken) =>
        await db.Institutions.AsNoTracking().OrderBy(i => i.Name).ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Adds an institution.</summary>
    /// <param name="institution">The new institution; its key and creation time are set here.</param>
    /// <param name="actor">Who adds it.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>The saved institution.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="institution"/> or <paramref name="actor"/> is null.</exception>
    public async Task<Institution> AddAsync(Institution institution, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(institution);
        ArgumentNullException.ThrowIfNull(actor);
        institution.CreatedAt = timeProvider.GetUtcNow();
        db.Institutions.Add(institution);
        AuditLog.Add(db, timeProvider, actor, "institution.created", "institution", institution.Slug, null, institution.Name);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return institution;
    }
}
