using Credence.Domain.Microcredentials;

namespace Credence.Domain.Authoring;

/// <summary>Checks within one proficiency-scale file: at least one level, unique level ids.</summary>
internal static class ScaleRules
{
    public static void Check(ProficiencyScale scale, LoadedDocument document)
    {
        if (scale.Levels is { Count: 0 })
        {
            document.Report(AuthoringCodes.MissingField, "A scale needs at least one level.", "levels");
        }

        UniqueIds.Check(document, (scale.Levels ?? []).Select(l => l.Id), "levels", "level");
    }
}
