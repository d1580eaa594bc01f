using Credence.Domain.Authoring;
using Credence.Domain.Microcredentials;

namespace Credence.Web.Features.Issuing;

/// <summary>The levels an issuer may choose for a competency: those of the scale its requirement is defined on.</summary>
internal static class CompetencyLevels
{
    private static readonly Lazy<IReadOnlyDictionary<string, ProficiencyScale>> _builtIn =
        new(() => AuthoringLoader.Load([]).Scales.ToDictionary(s => s.Id, StringComparer.Ordinal));

    /// <summary>The scale's levels, lowest first; only the required level itself when the scale is not a built-in one; none without a requirement.</summary>
    public static IReadOnlyList<ProficiencyLevel> Of(Competency competency) =>
        competency.RequiredProficiency is not { } requirement ? []
        : _builtIn.Value.TryGetValue(requirement.Scale, out var scale) ? scale.Levels
        : [new ProficiencyLevel(requirement.Level, requirement.Level)];
}
