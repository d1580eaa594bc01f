using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;

namespace Credence.Domain.Authoring;

/// <summary>What <see cref="AuthoringLoader.Load"/> found: the records that loaded cleanly and every problem in the files.</summary>
/// <param name="Microcredentials">The microcredentials whose files had no errors, in input order.</param>
/// <param name="Pathways">The pathways whose files had no errors, in input order.</param>
/// <param name="Scales">The built-in proficiency scales followed by the file-defined ones that had no errors.</param>
/// <param name="Errors">Every problem found, ordered by file (input order), line and column.</param>
public sealed record AuthoringResult(
    IReadOnlyList<Microcredential> Microcredentials,
    IReadOnlyList<Pathway> Pathways,
    IReadOnlyList<ProficiencyScale> Scales,
    IReadOnlyList<AuthoringError> Errors)
{
    /// <summary>The path of the file each microcredential came from, parallel to <see cref="Microcredentials"/>.</summary>
    public IReadOnlyList<string> MicrocredentialPaths { get; init; } = [];

    /// <summary>The path of the file each pathway came from, parallel to <see cref="Pathways"/>.</summary>
    public IReadOnlyList<string> PathwayPaths { get; init; } = [];

    /// <summary>The path of the file each file-defined scale came from, parallel to the scales after the built-in ones in <see cref="Scales"/>.</summary>
    public IReadOnlyList<string> ScalePaths { get; init; } = [];

    /// <summary>True when any problem was found.</summary>
    public bool HasErrors => Errors.Count > 0;
}
