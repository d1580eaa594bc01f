namespace Credence.Domain.Pathways;

/// <summary>What an <see cref="OffRampPoint"/> is.</summary>
public enum OffRampPointKind
{
    /// <summary>After a stage.</summary>
    Stage,

    /// <summary>On completing the whole pathway.</summary>
    Completion,
}
