namespace Credence.Domain.Authoring;

/// <summary>A 1-based line and column in an authoring file.</summary>
internal readonly record struct SourcePosition(int Line, int Column)
{
    public static SourcePosition Start { get; } = new(1, 1);
}
