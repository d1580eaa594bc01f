using System.Text.RegularExpressions;
using Credence.Domain.Authoring;
using Credence.Domain.Evaluation;
using Credence.Domain.Frameworks;
using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;
using Credence.Persistence.Auditing;
using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Credence.Persistence.Designs;

/// <summary>Imports authoring YAML files ("credentials as code") into an institution, all or nothing, and scores what it imported against the built-in frameworks.</summary>
/// <param name="db">The database.</param>
/// <param name="store">The design store, on the same database.</param>
/// <param name="timeProvider">The clock: version times and the scorecards' as-of date.</param>
public sealed partial class DesignImporter(CredenceDbContext db, DesignStore store, TimeProvider timeProvider)
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

        var sources = SourcesByKind(documents, loaded);
        var context = new EvaluationContext
        {
            AsOf = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime),
            Microcredentials = loaded.Microcredentials.ToDictionary(m => m.Id, StringComparer.Ordinal),
            Pathways = loaded.Pathways,
            LaborMarket = options.LaborMarket,
        };

        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var scorecards = 0;
            for (var i = 0; i < loaded.Microcredentials.Count; i++)
            {
                var microcredential = loaded.Microcredentials[i];
                var document = DesignDocument.From(microcredential) with { SourceYaml = sources.Microcredentials?[i] };
                var version = await SaveAsync(institution, document, options.Publish, actor, cancellationToken).ConfigureAwait(false);
                scorecards += Score(version, SubjectKind.Microcredential, framework => Evaluator.Evaluate(microcredential, framework, context));
            }

            for (var i = 0; i < loaded.Pathways.Count; i++)
            {
                var pathway = loaded.Pathways[i];
                var document = DesignDocument.From(pathway) with { SourceYaml = sources.Pathways?[i] };
                var version = await SaveAsync(institution, document, options.Publish, actor, cancellationToken).ConfigureAwait(false);
                scorecards += Score(version, SubjectKind.Pathway, framework => Evaluator.Evaluate(pathway, framework, context));
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

    private int Score(DesignVersion version, SubjectKind kind, Func<ValueFramework, Scorecard> evaluate)
    {
        var count = 0;
        foreach (var framework in BuiltInFrameworks.All.Where(f => Evaluator.AppliesTo(f, kind)))
        {
            var scorecard = evaluate(framework);
            db.Scorecards.Add(new ScorecardRecord
            {
                DesignVersionId = version.Id,
                FrameworkId = scorecard.FrameworkId,
                FrameworkVersion = scorecard.FrameworkVersion,
                DataVintage = scorecard.DataVintage,
                AsOf = scorecard.AsOf,
                OverallScore = scorecard.OverallScore,
                Content = DesignJson.Serialize(scorecard),
                CreatedAt = timeProvider.GetUtcNow(),
            });
            count++;
        }

        return count;
    }

    /// <summary>The YAML text of each record, in the loader's order per kind; null for a kind whose files cannot be told apart.</summary>
    /// <remarks>The loader returns records per kind in input order, one per file; every file has already passed the loader, so each starts its record with a top-level <c>kind:</c> key.</remarks>
    private static (IReadOnlyList<string>? Microcredentials, IReadOnlyList<string>? Pathways) SourcesByKind(IReadOnlyList<SourceDocument> documents, AuthoringResult loaded)
    {
        var byKind = documents
            .Select(d => (Kind: KindKey().Match(d.Text) is { Success: true } m ? m.Groups["kind"].Value : null, d.Text))
            .ToList();
        var microcredentials = byKind.Where(d => d.Kind == "microcredential").Select(d => d.Text).ToList();
        var pathways = byKind.Where(d => d.Kind == "pathway").Select(d => d.Text).ToList();
        return (
            microcredentials.Count == loaded.Microcredentials.Count ? microcredentials : null,
            pathways.Count == loaded.Pathways.Count ? pathways : null);
    }

    [GeneratedRegex("""^kind:[ \t]*["']?(?<kind>[a-z-]+)""", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex KindKey();
}
