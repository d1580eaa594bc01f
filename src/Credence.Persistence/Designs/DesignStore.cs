using System.Globalization;
using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;
using Credence.Persistence.Auditing;
using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Credence.Persistence.Designs;

/// <summary>Creates, edits and publishes versioned microcredentials and pathways: a published version never changes, editing makes a draft.</summary>
/// <param name="db">The database.</param>
/// <param name="timeProvider">The clock for version times and the audit log.</param>
public sealed class DesignStore(CredenceDbContext db, TimeProvider timeProvider)
{
    /// <summary>Creates a new microcredential as draft version 1.</summary>
    /// <param name="institution">The owning institution's slug.</param>
    /// <param name="microcredential">The design.</param>
    /// <param name="actor">Who creates it.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>The draft, or <see cref="DesignCodes.InstitutionNotFound"/> / <see cref="DesignCodes.AlreadyExists"/>.</returns>
    public Task<DesignResult> CreateDraftAsync(string institution, Microcredential microcredential, Actor actor, CancellationToken cancellationToken) =>
        CreateDraftAsync(institution, DesignDocument.From(microcredential), actor, cancellationToken);

    /// <summary>Creates a new pathway as draft version 1.</summary>
    /// <param name="institution">The owning institution's slug.</param>
    /// <param name="pathway">The design.</param>
    /// <param name="actor">Who creates it.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>The draft, or <see cref="DesignCodes.InstitutionNotFound"/> / <see cref="DesignCodes.AlreadyExists"/>.</returns>
    public Task<DesignResult> CreateDraftAsync(string institution, Pathway pathway, Actor actor, CancellationToken cancellationToken) =>
        CreateDraftAsync(institution, DesignDocument.From(pathway), actor, cancellationToken);

    /// <summary>Saves an edit of a microcredential: updates its open draft, or starts a new draft after the newest version.</summary>
    /// <param name="institution">The owning institution's slug.</param>
    /// <param name="microcredential">The edited design; its id names the design.</param>
    /// <param name="actor">Who edits it.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>The draft, or <see cref="DesignCodes.InstitutionNotFound"/> / <see cref="DesignCodes.NotFound"/>.</returns>
    public Task<DesignResult> SaveDraftAsync(string institution, Microcredential microcredential, Actor actor, CancellationToken cancellationToken) =>
        SaveDraftAsync(institution, DesignDocument.From(microcredential), actor, cancellationToken);

    /// <summary>Saves an edit of a pathway: updates its open draft, or starts a new draft after the newest version.</summary>
    /// <param name="institution">The owning institution's slug.</param>
    /// <param name="pathway">The edited design; its id names the design.</param>
    /// <param name="actor">Who edits it.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>The draft, or <see cref="DesignCodes.InstitutionNotFound"/> / <see cref="DesignCodes.NotFound"/>.</returns>
    public Task<DesignResult> SaveDraftAsync(string institution, Pathway pathway, Actor actor, CancellationToken cancellationToken) =>
        SaveDraftAsync(institution, DesignDocument.From(pathway), actor, cancellationToken);

    /// <summary>Publishes the open draft of a design; from then on that version never changes.</summary>
    /// <param name="institution">The owning institution's slug.</param>
    /// <param name="kind">Microcredential or pathway.</param>
    /// <param name="id">The design's id.</param>
    /// <param name="actor">Who publishes it.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>The published version, or <see cref="DesignCodes.NotFound"/> / <see cref="DesignCodes.NoDraft"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public async Task<DesignResult> PublishAsync(string institution, DesignKind kind, string id, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var design = await LoadDesignAsync(institution, kind, id, cancellationToken).ConfigureAwait(false);
        if (design is null)
        {
            return DesignResult.Refused(DesignCodes.NotFound);
        }

        var draft = design.Versions.SingleOrDefault(v => v.Status == DesignVersionStatus.Draft);
        if (draft is null)
        {
            return DesignResult.Refused(DesignCodes.NoDraft);
        }

        var now = timeProvider.GetUtcNow();
        draft.Status = DesignVersionStatus.Published;
        draft.PublishedAt = now;
        draft.PublishedBy = actor.UserId;
        draft.UpdatedAt = now;
        design.PublishedVersionNumber = draft.Number;
        Audit(actor, "design.published", design, draft);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return DesignResult.Success(draft);
    }

    /// <summary>Reads one version of a design, with its design and institution.</summary>
    /// <param name="institution">The owning institution's slug.</param>
    /// <param name="kind">Microcredential or pathway.</param>
    /// <param name="id">The design's id.</param>
    /// <param name="choice">Which version.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The version, or null when there is no such design or version.</returns>
    public async Task<DesignVersion?> FindAsync(string institution, DesignKind kind, string id, DesignVersionChoice choice, CancellationToken cancellationToken)
    {
        var versions = VersionsOf(institution, kind, id);
        var chosen = choice switch
        {
            DesignVersionChoice.Published => versions.Where(v => v.Number == v.Design!.PublishedVersionNumber),
            DesignVersionChoice.Draft => versions.Where(v => v.Status == DesignVersionStatus.Draft),
            _ => versions.OrderByDescending(v => v.Number),
        };
        return await chosen.FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a design version by number, with its design and institution.</summary>
    /// <param name="institution">The owning institution's slug.</param>
    /// <param name="kind">Microcredential or pathway.</param>
    /// <param name="id">The design's id.</param>
    /// <param name="number">The version number.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The version, or null.</returns>
    public Task<DesignVersion?> FindAsync(string institution, DesignKind kind, string id, int number, CancellationToken cancellationToken) =>
        VersionsOf(institution, kind, id).Where(v => v.Number == number).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Lists the versions of a design, newest first.</summary>
    /// <param name="institution">The owning institution's slug.</param>
    /// <param name="kind">Microcredential or pathway.</param>
    /// <param name="id">The design's id.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The versions; empty when there is no such design.</returns>
    public async Task<IReadOnlyList<DesignVersion>> ListVersionsAsync(string institution, DesignKind kind, string id, CancellationToken cancellationToken) =>
        await VersionsOf(institution, kind, id).OrderByDescending(v => v.Number).ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Lists the scorecards stored for a design version, by framework id.</summary>
    /// <param name="designVersionId">The version's key.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The scorecards.</returns>
    public async Task<IReadOnlyList<ScorecardRecord>> ListScorecardsAsync(long designVersionId, CancellationToken cancellationToken) =>
        await db.Scorecards.AsNoTracking().Where(s => s.DesignVersionId == designVersionId).OrderBy(s => s.FrameworkId).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    private IQueryable<DesignVersion> VersionsOf(string institution, DesignKind kind, string id) =>
        db.DesignVersions.AsNoTracking()
            .Include(v => v.Design).ThenInclude(d => d!.Institution)
            .Where(v => v.Design!.Institution!.Slug == institution && v.Design.Kind == kind && v.Design.Slug == id);

    internal async Task<DesignResult> CreateDraftAsync(string institution, DesignDocument document, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var owner = await db.Institutions.SingleOrDefaultAsync(i => i.Slug == institution, cancellationToken).ConfigureAwait(false);
        if (owner is null)
        {
            return DesignResult.Refused(DesignCodes.InstitutionNotFound);
        }

        var exists = await db.Designs.AnyAsync(d => d.InstitutionId == owner.Id && d.Kind == document.Kind && d.Slug == document.Slug, cancellationToken).ConfigureAwait(false);
        if (exists)
        {
            return DesignResult.Refused(DesignCodes.AlreadyExists);
        }

        var now = timeProvider.GetUtcNow();
        var design = new Design { InstitutionId = owner.Id, Institution = owner, Kind = document.Kind, Slug = document.Slug, CreatedAt = now };
        var draft = NewVersion(document, 1, actor, now);
        design.Versions.Add(draft);
        db.Designs.Add(design);
        Audit(actor, "design.draft-created", design, draft);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return DesignResult.Success(draft);
    }

    internal async Task<DesignResult> SaveDraftAsync(string institution, DesignDocument document, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!await db.Institutions.AnyAsync(i => i.Slug == institution, cancellationToken).ConfigureAwait(false))
        {
            return DesignResult.Refused(DesignCodes.InstitutionNotFound);
        }

        var design = await LoadDesignAsync(institution, document.Kind, document.Slug, cancellationToken).ConfigureAwait(false);
        if (design is null)
        {
            return DesignResult.Refused(DesignCodes.NotFound);
        }

        var now = timeProvider.GetUtcNow();
        var draft = design.Versions.SingleOrDefault(v => v.Status == DesignVersionStatus.Draft);
        if (draft is null)
        {
            draft = NewVersion(document, design.Versions.Max(v => v.Number) + 1, actor, now);
            design.Versions.Add(draft);
            Audit(actor, "design.draft-created", design, draft);
        }
        else
        {
            document.ApplyTo(draft);
            draft.UpdatedAt = now;
            Audit(actor, "design.draft-updated", design, draft);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return DesignResult.Success(draft);
    }

    private Task<Design?> LoadDesignAsync(string institution, DesignKind kind, string id, CancellationToken cancellationToken) =>
        db.Designs.Include(d => d.Versions).Include(d => d.Institution)
            .SingleOrDefaultAsync(d => d.Institution!.Slug == institution && d.Kind == kind && d.Slug == id, cancellationToken);

    private static DesignVersion NewVersion(DesignDocument document, int number, Actor actor, DateTimeOffset now)
    {
        var version = new DesignVersion
        {
            Number = number,
            Status = DesignVersionStatus.Draft,
            Content = document.Content,
            Title = document.Title,
            CreatedAt = now,
            UpdatedAt = now,
            CreatedBy = actor.UserId,
        };
        document.ApplyTo(version);
        return version;
    }

    private void Audit(Actor actor, string action, Design design, DesignVersion version) =>
        AuditLog.Add(
            db,
            timeProvider,
            actor,
            action,
            design.Kind == DesignKind.Microcredential ? "microcredential" : "pathway",
            $"{design.Institution!.Slug}/{design.Slug}",
            design.InstitutionId,
            string.Create(CultureInfo.InvariantCulture, $"version {version.Number}"));
}
