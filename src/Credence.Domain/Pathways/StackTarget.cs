using Credence.Domain.Microcredentials;

namespace Credence.Domain.Pathways;

/// <summary>A further credential a pathway stacks into.</summary>
public sealed record StackTarget
{
    /// <summary>Its name ("AAS Information Technology").</summary>
    public required string Credential { get; init; }

    /// <summary>Its kind.</summary>
    public StackTargetKind Kind { get; init; } = StackTargetKind.Certificate;

    /// <summary>The institution that awards it.</summary>
    public string? Institution { get; init; }

    /// <summary>Credit hours the pathway carries into it.</summary>
    public decimal? CreditHours { get; init; }

    /// <summary>Vertical (toward a higher credential) or horizontal (a credential at the same level in a related field).</summary>
    public StackingDirection Direction { get; init; } = StackingDirection.Vertical;
}

/// <summary>The direction of stacking.</summary>
public enum StackingDirection
{
    /// <summary>Toward a higher-level credential (certificate → associate → bachelor).</summary>
    Vertical,

    /// <summary>Across to a related credential at the same level.</summary>
    Horizontal,
}
