using Credence.Domain.Authoring;
using Credence.Domain.Microcredentials;

namespace Credence.Persistence.Issuing;

/// <summary>The built-in proficiency scales, by id (file-defined scales are not stored yet).</summary>
internal static class ProficiencyScales
{
    private static readonly Lazy<IReadOnlyDictionary<string, ProficiencyScale>> _builtIn =
        new(() => AuthoringLoader.Load([]).Scales.ToDictionary(s => s.Id, StringComparer.Ordinal));

    public static ProficiencyScale? Find(string scaleId) => _builtIn.Value.GetValueOrDefault(scaleId);

    /// <summary>Whether <paramref name="level"/> is on the required scale at or above the required level; an unknown scale accepts only the required level itself.</summary>
    public static bool Meets(ProficiencyRequirement requirement, string? level)
    {
        if (level is null)
        {
            return false;
        }

        var scale = Find(requirement.Scale);
        if (scale is null)
        {
            return string.Equals(level, requirement.Level, StringComparison.Ordinal);
        }

        var reached = IndexOf(scale, level);
        var required = IndexOf(scale, requirement.Level);
        return reached >= 0 && required >= 0 && reached >= required;
    }

    /// <summary>Whether <paramref name="level"/> is a level of the requirement's scale (any level when the scale is not known).</summary>
    public static bool IsLevel(ProficiencyRequirement requirement, string level) =>
        Find(requirement.Scale) is not { } scale || IndexOf(scale, level) >= 0;

    private static int IndexOf(ProficiencyScale scale, string level)
    {
        for (var i = 0; i < scale.Levels.Count; i++)
        {
            if (string.Equals(scale.Levels[i].Id, level, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
