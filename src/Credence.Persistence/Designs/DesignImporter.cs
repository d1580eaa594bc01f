using Credence.Domain.Authoring;
using Credence.Domain.Microcredentials;
using Credence.Persistence.Auditing;
using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Credence.Persistence.Designs;

/// <summary>Imports authoring YAML files ("credentials as code") into an institution, all or nothing, and scores what it imported against the built-in frameworks.</summary>
/// <remarks>Designs may name the proficiency scales the institution stored with earlier imports; a scale file in the import replaces the stored scale with its id.</remarks>
/// <param name="db">The database.</param>
/// <param name="store">The design store, on the same database.</param>
/// <param name="scorer">Scores what was imported.</param>
/// <param name="scales">The institution's stored proficiency scales.</param>
/// <param name="timeProvider">The clock: when scales were stored.</param>
public sealed class DesignImporter(CredenceDbContext db, DesignStore store, DesignScorer scorer, ProficiencyScaleStore scales, TimeProvider timeProvider)
{
    /// <summary>Loads every file; when none has an error, saves each proficiency scale (replacing the stored one with its id), and each microcredential and pathway as a new draft (published when asked), in one transaction, with their YAML text, the designs' scorecards and an audit entry per scale.</summary>
    /// <param name="institution">The institution's slug.</param>
    /// <param name="documents">The files' paths and texts.</param>
    /// <param name="options">Whether to publish, and the labor-market facts for scoring.</param>
    /// <param name="actor">Who imports.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    /// <returns>What was saved, or every error and nothing saved.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public async Task<ImportResult> ImportAsync(string institution, IReadOnlyList<SourceDocument> documents, ImportOptions options, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(actor);
        if (!await db.Institutions.AnyAsync(i => i.Slug == institution, cancellationToken).ConfigureAwait(false))
        {
            return new ImportResult(DesignCodes.InstitutionNotFound, [], 0, 0, 0);
        }

        var loaded = AuthoringLoader.Load(documents);
        if (loaded.HasErrors)
        {
            // The designs may name scales stored with earlier imports: load again beside those the files do not define.
            var defined = loaded.Scales.Skip(loaded.Scales.Count - loaded.ScalePaths.Count).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            var stored = await scales.DocumentsAsync(institution, null, defined, cancellationToken).ConfigureAwait(false);
            if (stored.Count > 0)
            {
                var uploaded = documents.Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
                loaded = AuthoringLoader.Load([.. documents, .. stored]);
                var errors = loaded.Errors.Where(e => uploaded.Contains(e.Path)).ToList();
                if (errors.Count > 0)
                {
                    return new ImportResult(null, errors, 0, 0, 0);
                }
            }
            else
            {
                return new ImportResult(null, loaded.Errors, 0, 0, 0);
            }
        }

        var textByPath = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in documents)
        {
            textByPath.TryAdd(source.Path, source.Text);
        }

        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var institutionId = await db.Institutions.Where(i => i.Slug == institution).Select(i => i.Id).SingleAsync(cancellationToken).ConfigureAwait(false);
            var scaleCount = 0;
            var firstFileScale = loaded.Scales.Count - loaded.ScalePaths.Count;
            for (var i = 0; i < loaded.ScalePaths.Count; i++)
            {
                if (loaded.ScalePaths[i].StartsWith(ProficiencyScaleStore.DocumentPrefix, StringComparison.Ordinal))
                {
                    continue; // A stored scale loaded only to resolve references.
                }

                await SaveScaleAsync(institutionId, loaded.Scales[firstFileScale + i], textByPath[loaded.ScalePaths[i]], actor, cancellationToken).ConfigureAwait(false);
                scaleCount++;
            }

            var versions = new List<DesignVersion>();
            for (var i = 0; i < loaded.Microcredentials.Count; i++)
            {
                var document = DesignDocument.From(loaded.Microcredentials[i]) with { SourceYaml = textByPath[loaded.MicrocredentialPaths[i]] };
                versions.Add(await SaveAsync(institution, document, options.Publish, actor, cancellationToken).ConfigureAwait(false));
            }

            for (var i = 0; i < loaded.Pathways.Count; i++)
            {
                var document = DesignDocument.From(loaded.Pathways[i]) with { SourceYaml = textByPath[loaded.PathwayPaths[i]] };
                versions.Add(await SaveAsync(institution, document, options.Publish, actor, cancellationToken).ConfigureAwait(false));
            }

            // Scored once everything is saved, so each pathway sees all of the microcredentials it names.
            var scorecards = 0;
            foreach (var version in versions)
            {
                scorecards += (await scorer.ScoreAsync(version, cancellationToken).ConfigureAwait(false)).Count;
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new ImportResult(null, [], loaded.Microcredentials.Count, loaded.Pathways.Count, scorecards) { Scales = scaleCount };
        }
    }

    private async Task SaveScaleAsync(long institutionId, ProficiencyScale scale, string sourceYaml, Actor actor, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var stored = await db.ProficiencyScales.SingleOrDefaultAsync(s => s.InstitutionId == institutionId && s.Slug == scale.Id, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            stored = new StoredProficiencyScale { InstitutionId = institutionId, Slug = scale.Id, Name = scale.Name, Levels = string.Empty, SourceYaml = sourceYaml, CreatedAt = now };
            db.ProficiencyScales.Add(stored);
        }

        stored.Name = scale.Name;
        stored.Levels = DesignJson.Serialize(scale.Levels);
        stored.SourceYaml = sourceYaml;
        stored.UpdatedAt = now;
        AuditLog.Add(db, timeProvider, actor, "scale.imported", nameof(StoredProficiencyScale), scale.Id, institutionId, scale.Name);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<DesignVersion> SaveAsync(string institution, DesignDocument document, bool publish, Actor actor, CancellationToken cancellationToken)
    {
        var exists = await db.Designs.AnyAsync(d => d.Institution!.Slug == institution && d.Kind == document.Kind && d.Slug == document.Slug, cancellationToken).ConfigureAwait(false);
        var saved = exists
            ? await store.SaveDraftAsync(institution, document, actor, cancellationToken).ConfigureAwait(false)
            : await store.CreateDraftAsync(institution, document, actor, cancellationToken).ConfigureAwait(false);
        if (publish)
        {
            saved = await store.PublishAsync(institution, document.Kind, document.Slug, actor, cancellationToken).ConfigureAwait(false);
        }

        // The institution exists and the design was just found or created, so the store cannot refuse here.
        return saved.Version ?? throw new InvalidOperationException($"Saving {document.Slug} failed with {saved.Code}.");
    }
}
