using Credence.Domain.Authoring;

namespace Credence.Persistence.Designs;

/// <summary>What an import did: nothing at all when any file had an error or the institution is unknown, otherwise every design.</summary>
/// <param name="Code">A <see cref="DesignCodes"/> code when the import was refused before reading the files; null otherwise.</param>
/// <param name="Errors">Every authoring error in the files; when there is any, nothing was saved.</param>
/// <param name="Microcredentials">How many microcredentials were saved.</param>
/// <param name="Pathways">How many pathways were saved.</param>
/// <param name="Scorecards">How many scorecards were stored with them.</param>
public sealed record ImportResult(string? Code, IReadOnlyList<AuthoringError> Errors, int Microcredentials, int Pathways, int Scorecards)
{
    /// <summary>How many proficiency scales were stored (new or replaced).</summary>
    public int Scales { get; init; }

    /// <summary>Whether the designs were saved.</summary>
    public bool Succeeded => Code is null && Errors.Count == 0;
}
