using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;

namespace Credence.Domain.Authoring;

/// <summary>Checks across files: unique ids per kind, and references to microcredentials and proficiency scales.</summary>
internal static class CrossReferences
{
    public static void Check(IReadOnlyList<LoadedDocument> documents)
    {
        foreach (var kind in documents.GroupBy(d => d.Kind))
        {
            var first = new Dictionary<string, LoadedDocument>(StringComparer.Ordinal);
            foreach (var document in kind)
            {
                if (IdOf(document.Record) is not { } id)
                {
                    continue;
                }

                if (kind.Key == AuthoringLoader.ScaleKind && BuiltInScales.All.Any(s => s.Id == id))
                {
                    document.Report(AuthoringCodes.DuplicateId, $"'{id}' is a built-in proficiency scale; give this scale another id.", "id");
                }
                else if (!first.TryAdd(id, document))
                {
                    document.Report(AuthoringCodes.DuplicateId, $"Another {kind.Key} already has the id '{id}' (at {first[id].Locate("id")}).", "id");
                }
            }
        }

        var microcredentials = documents.Where(d => d.Kind == AuthoringLoader.MicrocredentialKind).Select(d => IdOf(d.Record)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var scales = BuiltInScales.All.ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var scale in documents.Select(d => d.Record).OfType<ProficiencyScale>())
        {
            if (scale.Id is not null)
            {
                scales.TryAdd(scale.Id, scale);
            }
        }

        foreach (var document in documents)
        {
            switch (document.Record)
            {
                case Microcredential microcredential:
                    CheckProficiencies(microcredential, scales, document);
                    CheckPrerequisites(microcredential, microcredentials, document);
                    break;
                case Pathway pathway:
                    CheckStages(pathway, microcredentials, document);
                    break;
                default:
                    break;
            }
        }
    }

    private static void CheckProficiencies(Microcredential microcredential, Dictionary<string, ProficiencyScale> scales, LoadedDocument document)
    {
        for (var i = 0; i < microcredential.Competencies.Count; i++)
        {
            if (microcredential.Competencies[i].RequiredProficiency is not { } required)
            {
                continue;
            }

            var field = $"competencies[{i}].requiredProficiency";
            if (required.Scale is null || !scales.TryGetValue(required.Scale, out var scale))
            {
                if (required.Scale is not null)
                {
                    document.Report(AuthoringCodes.UnknownScale, $"'{required.Scale}' is neither a built-in scale nor defined in a proficiency-scale file; known scales: {string.Join(", ", scales.Keys)}.{Suggestions.DidYouMean(required.Scale, scales.Keys)}", $"{field}.scale");
                }

                continue;
            }

            var levels = (scale.Levels ?? []).Select(l => l.Id).OfType<string>().ToList();
            if (required.Level is not null && !levels.Contains(required.Level))
            {
                document.Report(AuthoringCodes.UnknownLevel, $"The scale '{scale.Id}' has no level '{required.Level}'; its levels are: {string.Join(", ", levels)}.{Suggestions.DidYouMean(required.Level, levels)}", $"{field}.level");
            }
        }
    }

    private static void CheckPrerequisites(Microcredential microcredential, HashSet<string> microcredentials, LoadedDocument document)
    {
        if (microcredential.Entry is not { } entry)
        {
            return;
        }

        for (var i = 0; i < entry.Prerequisites.Count; i++)
        {
            var prerequisite = entry.Prerequisites[i];
            if (FieldRules.IsIdShaped(prerequisite) && !microcredentials.Contains(prerequisite))
            {
                document.Report(AuthoringCodes.UnknownMicrocredential, $"The prerequisite '{prerequisite}' is written as an id but no loaded microcredential has it; write a prerequisite that is not a microcredential as text with a capital letter or a space.{Suggestions.DidYouMean(prerequisite, microcredentials)}", $"entry.prerequisites[{i}]");
            }
        }
    }

    private static void CheckStages(Pathway pathway, HashSet<string> microcredentials, LoadedDocument document)
    {
        for (var i = 0; i < pathway.Stages.Count; i++)
        {
            var listed = pathway.Stages[i].Microcredentials ?? [];
            for (var j = 0; j < listed.Count; j++)
            {
                if (!microcredentials.Contains(listed[j]))
                {
                    document.Report(AuthoringCodes.UnknownMicrocredential, $"No loaded microcredential has the id '{listed[j]}'.{Suggestions.DidYouMean(listed[j], microcredentials)}", $"stages[{i}].microcredentials[{j}]");
                }
            }
        }
    }

    private static string? IdOf(object record) => record switch
    {
        Microcredential m => m.Id,
        Pathway p => p.Id,
        ProficiencyScale s => s.Id,
        _ => null,
    };
}
