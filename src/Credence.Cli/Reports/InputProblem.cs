namespace Credence.Cli.Reports;

/// <summary>A problem found in an input file (authoring or framework error), with its stable code and location.</summary>
/// <param name="Code">The stable code.</param>
/// <param name="Message">What is wrong, for people.</param>
/// <param name="Path">The file.</param>
/// <param name="Line">The 1-based line, or 0 when the problem concerns the whole file.</param>
/// <param name="Column">The 1-based column, or 0.</param>
/// <param name="Field">The field's path in the record, when there is one.</param>
internal sealed record InputProblem(string Code, string Message, string Path, int Line, int Column, string? Field)
{
    /// <summary>The problem as one stderr line: <c>code: path:line:col field message</c>.</summary>
    public override string ToString() =>
        Field is null ? $"{Code}: {Path}:{Line}:{Column} {Message}" : $"{Code}: {Path}:{Line}:{Column} {Field} {Message}";
}
