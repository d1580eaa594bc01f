namespace Credence.Domain.Authoring;

/// <summary>One problem found in an authoring file, with its place and a stable code.</summary>
/// <param name="Code">A stable code from <see cref="AuthoringCodes"/>.</param>
/// <param name="Message">A human-readable explanation; it may change between releases, the code does not.</param>
/// <param name="Path">The path of the file, as given in <see cref="SourceDocument.Path"/>.</param>
/// <param name="Line">The 1-based line of the problem.</param>
/// <param name="Column">The 1-based column of the problem.</param>
/// <param name="Field">The field path (<c>competencies[2].requiredProficiency.level</c>, 0-based indexes), or null when the problem is not in a field.</param>
public sealed record AuthoringError(string Code, string Message, string Path, int Line, int Column, string? Field)
{
    /// <inheritdoc />
    public override string ToString() =>
        Field is null ? $"{Path}:{Line}:{Column}: {Code}: {Message}" : $"{Path}:{Line}:{Column}: {Code}: {Field}: {Message}";
}
