namespace Credence.Domain.Authoring;

/// <summary>The text of one authoring file, handed in by the caller together with the path used in error reports.</summary>
/// <param name="Path">The file's path as the user knows it; errors name it.</param>
/// <param name="Text">The file's YAML text.</param>
public sealed record SourceDocument(string Path, string Text);
