namespace Credence.Domain.Microcredentials;

/// <summary>When a microcredential is awarded.</summary>
public sealed record AwardRule
{
    /// <summary>Whether every competency must be mastered at its required level.</summary>
    public bool MasteryOfAllCompetencies { get; init; }

    /// <summary>Hours of attendance required, if any. Seat time alone never earns a credential.</summary>
    public decimal? RequiredSeatHours { get; init; }

    /// <summary>The rule in words, as published.</summary>
    public string? Text { get; init; }

    /// <summary>True when the rule rests on attendance without requiring mastery.</summary>
    public bool IsSeatTimeOnly => !MasteryOfAllCompetencies && RequiredSeatHours is > 0;
}
