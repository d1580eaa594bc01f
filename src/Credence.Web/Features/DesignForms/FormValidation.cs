using Credence.Domain.Authoring;
using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;
using Credence.Persistence;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Credence.Web.Features.Designs;
using Credence.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Features.DesignForms;

/// <summary>
/// Checks a design from a form with the API's rules (<see cref="DesignValidator"/>, <c>api.*</c> codes) and then with the authoring
/// format's own rules (<c>authoring.*</c> codes), so the form, the API and <c>credence evaluate</c> agree on what is valid.
/// </summary>
/// <remarks>
/// The authoring pass writes the record as YAML and loads it beside stand-ins for the institution's other microcredentials and for the
/// proficiency scales its designs use, so references (stage microcredentials, prerequisites, scales and levels) resolve as they would in
/// the institution's folder. A non-built-in scale resolves to the institution's stored scale (imported from a <c>proficiency-scale</c> file); a scale
/// the institution never stored (designs saved before scales were stored) counts as known with the levels the institution's designs use on it.
/// </remarks>
internal static class FormValidation
{
    private const string SubjectPath = "form.yaml";

    public static async Task<FieldErrors> CheckAsync(Microcredential microcredential, FieldErrors readErrors, string institution, CredenceDbContext db, CancellationToken cancellationToken)
    {
        var errors = Merge(readErrors, DesignValidator.Validate(microcredential));
        var referenced = microcredential.Entry?.Prerequisites ?? [];
        var scales = microcredential.Competencies.Select(c => c.RequiredProficiency?.Scale).OfType<string>().ToList();
        var context = await ContextAsync(institution, microcredential.Id, referenced, scales, db, cancellationToken);
        AddAuthoringErrors(errors, AuthoringWriter.Write(microcredential), context);
        return errors;
    }

    public static async Task<FieldErrors> CheckAsync(Pathway pathway, FieldErrors readErrors, string institution, CredenceDbContext db, CancellationToken cancellationToken)
    {
        var errors = Merge(readErrors, DesignValidator.Validate(pathway));
        var referenced = pathway.Stages.SelectMany(s => s.Microcredentials).ToList();
        var context = await ContextAsync(institution, null, referenced, [], db, cancellationToken);
        AddAuthoringErrors(errors, AuthoringWriter.Write(pathway), context);
        return errors;
    }

    private static FieldErrors Merge(FieldErrors first, FieldErrors second)
    {
        var merged = new FieldErrors();
        foreach (var source in new[] { first, second })
        {
            foreach (var (field, list) in source.ByField)
            {
                foreach (var (code, message) in list)
                {
                    merged.Add(field, code, message);
                }
            }
        }

        return merged;
    }

    private static void AddAuthoringErrors(FieldErrors errors, string yaml, IReadOnlyList<SourceDocument> context)
    {
        var known = errors.ByField.Keys.ToHashSet(StringComparer.Ordinal);
        var result = AuthoringLoader.Load([new SourceDocument(SubjectPath, yaml), .. context]);
        foreach (var error in result.Errors.Where(e => e.Path == SubjectPath))
        {
            var field = error.Field ?? "body";
            // A field the first pass already flagged keeps that message; the loader would say the same thing again.
            if (!known.Contains(field))
            {
                errors.Add(field, error.Code, error.Message);
            }
        }
    }

    /// <summary>Stand-ins for the institution's microcredentials the design names (id and title), the institution's stored scales the design names, and stand-ins for other non-built-in scales it names with the levels the institution's microcredentials use on them.</summary>
    private static async Task<IReadOnlyList<SourceDocument>> ContextAsync(
        string institution, string? exceptId, IReadOnlyList<string> referencedIds, IReadOnlyList<string> scaleIds, CredenceDbContext db, CancellationToken cancellationToken)
    {
        var documents = new List<SourceDocument>();
        var ids = referencedIds.Where(i => i != exceptId).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count > 0)
        {
            var found = await db.Designs.AsNoTracking()
                .Where(d => d.Institution!.Slug == institution && d.Kind == DesignKind.Microcredential && ids.Contains(d.Slug))
                .Select(d => d.Slug)
                .ToListAsync(cancellationToken);
            documents.AddRange(found.Select(id => new SourceDocument($"context/{id}.yaml", AuthoringWriter.Write(new Microcredential { Id = id, Title = id }))));
        }

        var builtIn = AuthoringLoader.Load([]).Scales.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var named = scaleIds.Where(s => !builtIn.Contains(s)).Distinct(StringComparer.Ordinal).ToList();
        var stored = await new ProficiencyScaleStore(db).DocumentsAsync(institution, named, [], cancellationToken);
        documents.AddRange(stored);
        var storedIds = stored.Select(d => d.Path[ProficiencyScaleStore.DocumentPrefix.Length..^".yaml".Length]).ToHashSet(StringComparer.Ordinal);
        foreach (var scale in named.Where(s => !storedIds.Contains(s)))
        {
            // Only versions whose canonical JSON names the scale are read.
            var marker = $"\"scale\":{System.Text.Json.JsonSerializer.Serialize(scale)}";
            var contents = await db.DesignVersions.AsNoTracking()
                .Where(v => v.Design!.Institution!.Slug == institution && v.Design.Kind == DesignKind.Microcredential && v.Content.Contains(marker))
                .Select(v => v.Content)
                .ToListAsync(cancellationToken);
            var levels = contents
                .SelectMany(c => DesignJson.DeserializeMicrocredential(c).Competencies)
                .Select(c => c.RequiredProficiency)
                .Where(r => r is not null && r.Scale == scale && !string.IsNullOrEmpty(r.Level))
                .Select(r => r!.Level)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList();
            if (levels.Count > 0)
            {
                var stand = new ProficiencyScale { Id = scale, Name = scale, Levels = levels.Select(l => new ProficiencyLevel(l, l)).ToList() };
                documents.Add(new SourceDocument($"context/scales/{scale}.yaml", AuthoringWriter.Write(stand)));
            }
        }

        return documents;
    }
}
