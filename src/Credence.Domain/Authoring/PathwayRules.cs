using Credence.Domain.Pathways;

namespace Credence.Domain.Authoring;

/// <summary>Checks within one pathway file: stage ids, stage rules, references to stages and cycles among stages.</summary>
internal static class PathwayRules
{
    public static void Check(Pathway pathway, LoadedDocument document)
    {
        var stages = pathway.Stages;
        UniqueIds.Check(document, stages.Select(s => s.Id), "stages", "stage");
        var ids = stages.Select(s => s.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);

        for (var i = 0; i < stages.Count; i++)
        {
            CheckRule(stages[i], $"stages[{i}]", document);
            for (var j = 0; j < stages[i].After.Count; j++)
            {
                var after = stages[i].After[j];
                if (!ids.Contains(after))
                {
                    document.Report(AuthoringCodes.UnknownStage, $"'{after}' is not a stage of this pathway.{Suggestions.DidYouMean(after, ids)}", $"stages[{i}].after[{j}]");
                }
            }
        }

        for (var i = 0; i < pathway.OffRamps.Count; i++)
        {
            var after = pathway.OffRamps[i].AfterStage;
            if (after is not null && !ids.Contains(after))
            {
                document.Report(AuthoringCodes.UnknownStage, $"'{after}' is not a stage of this pathway.{Suggestions.DidYouMean(after, ids)}", $"offRamps[{i}].afterStage");
            }
        }

        StageCycles.Report(stages, document);
    }

    private static void CheckRule(PathwayStage stage, string field, LoadedDocument document)
    {
        // Note: a required list the file left out is null here (the file already has a missing-field error).
        var count = stage.Microcredentials?.Count ?? 0;
        if (stage.Microcredentials is { Count: 0 })
        {
            document.Report(AuthoringCodes.StageEmpty, "A stage needs at least one microcredential.", $"{field}.microcredentials");
        }

        switch (stage.Rule)
        {
            case StageRule.NOf when stage.Count is null:
                document.Report(AuthoringCodes.StageCountInvalid, "With rule 'n-of' the stage needs 'count': how many of its microcredentials complete it.", $"{field}.rule");
                break;
            case StageRule.NOf when stage.Count < 1 || (count > 0 && stage.Count > count):
                document.Report(AuthoringCodes.StageCountInvalid, $"'count' must be between 1 and the number of microcredentials in the stage ({count}), not {stage.Count}.", $"{field}.count");
                break;
            case StageRule.AllOf when stage.Count is not null:
                document.Report(AuthoringCodes.StageCountInvalid, "'count' applies only with rule 'n-of'; with 'all-of' every microcredential is required.", $"{field}.count");
                break;
            default:
                break;
        }
    }
}
