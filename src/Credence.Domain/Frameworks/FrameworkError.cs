namespace Credence.Domain.Frameworks;

/// <summary>A problem with a framework or override: a stable code, where it is, and what is wrong.</summary>
/// <param name="Code">The stable code (<c>framework.*</c> in <see cref="Evaluation.RuleCodes"/>).</param>
/// <param name="Message">What is wrong, for people.</param>
/// <param name="Path">The file (or name) the text came from.</param>
/// <param name="Line">The 1-based line, or 0 when the problem has no place in a text.</param>
/// <param name="Column">The 1-based column, or 0 when the problem has no place in a text.</param>
/// <param name="Field">The key path inside the document (<c>principles[0].criteria[2].parameters.max-weeks</c>), when there is one.</param>
public sealed record FrameworkError(string Code, string Message, string Path, int Line, int Column, string? Field);
