using Credence.Domain.Authoring;
using Credence.Persistence.Auditing;
using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Credence.Persistence.Designs;

/// <summary>Imports authoring YAML files ("credentials as code") into an institution, all or nothing, and scores what it imported against the built-in frameworks.</summary>
/// <param name="db">The database.</param>
/// <param name="store">The design store, on the same database.</param>
/// <param name="scorer">Scores what was imported.</param>
public sealed class DesignImporter(CredenceDbContext db, DesignStore store, DesignScorer scorer)
{
    /// <summary>Loads every file; when none has an error, saves each microcredential and pathway as a new draft (published when asked) in one transaction, with its YAML text and its scorecards.</summary>
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
            return new ImportResult(null, loaded.Errors, 0, 0, 0);
        }

        var textByPath = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in documents)
        {
            textByPath.TryAdd(source.Path, source.Text);
        }

        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
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
            return new ImportResult(null, [], loaded.Microcredentials.Count, loaded.Pathways.Count, scorecards);
        }
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
