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
/// the institution's folder. Scales are not stored on their own: a scale counts as known with the levels the institution's designs use.
/// </remarks>
internal static class FormValidation
{
    private const string SubjectPath = "form.yaml";

    public static async Task<FieldErrors> CheckAsync(Microcredential microcredential, FieldErrors readErrors, string institution, CredenceDbContext db, CancellationToken cancellationToken)
    {
        var errors = Merge(readErrors, DesignValidator.Validate(microcredential));
        var context = await ContextAsync(institution, microcredential.Id, db, cancellationToken);
        AddAuthoringErrors(errors, AuthoringWriter.Write(microcredential), context);
        return errors;
    }

    public static async Task<FieldErrors> CheckAsync(Pathway pathway, FieldErrors readErrors, string institution, CredenceDbContext db, CancellationToken cancellationToken)
    {
        var errors = Merge(readErrors, DesignValidator.Validate(pathway));
        var context = await ContextAsync(institution, null, db, cancellationToken);
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

    /// <summary>Stand-ins for the institution's other microcredentials (id and title) and for the non-built-in scales its microcredentials use.</summary>
    private static async Task<IReadOnlyList<SourceDocument>> ContextAsync(string institution, string? exceptId, CredenceDbContext db, CancellationToken cancellationToken)
    {
        var contents = await db.DesignVersions.AsNoTracking()
            .Where(v => v.Design!.Institution!.Slug == institution && v.Design.Kind == DesignKind.Microcredential)
            .Where(v => v.Number == v.Design!.Versions.Max(o => o.Number))
            .Select(v => v.Content)
            .ToListAsync(cancellationToken);
        var builtIn = AuthoringLoader.Load([]).Scales.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var documents = new List<SourceDocument>();
        var levelsByScale = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var content in contents)
        {
            var other = DesignJson.DeserializeMicrocredential(content);
            foreach (var requirement in other.Competencies.Select(c => c.RequiredProficiency).OfType<ProficiencyRequirement>())
            {
                if (!builtIn.Contains(requirement.Scale) && !string.IsNullOrEmpty(requirement.Level))
                {
                    if (!levelsByScale.TryGetValue(requirement.Scale, out var levels))
                    {
                        levels = new SortedSet<string>(StringComparer.Ordinal);
                        levelsByScale[requirement.Scale] = levels;
                    }

                    levels.Add(requirement.Level);
                }
            }

            if (other.Id != exceptId)
            {
                documents.Add(new SourceDocument($"context/{other.Id}.yaml", AuthoringWriter.Write(new Microcredential { Id = other.Id, Title = other.Title })));
            }
        }

        foreach (var (scale, levels) in levelsByScale)
        {
            var stand = new ProficiencyScale { Id = scale, Name = scale, Levels = levels.Select(l => new ProficiencyLevel(l, l)).ToList() };
            documents.Add(new SourceDocument($"context/scales/{scale}.yaml", AuthoringWriter.Write(stand)));
        }

        return documents;
    }
}
