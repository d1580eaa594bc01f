namespace Credence.Domain.Pathways;

/// <summary>An exit point of a pathway: after a stage, a learner can take a job in these occupations.</summary>
public sealed record OffRamp
{
    /// <summary>The stage after which a learner can exit.</summary>
    public required string AfterStage { get; init; }

    /// <summary>A title for the exit ("Help desk technician").</summary>
    public string? Title { get; init; }

    /// <summary>The occupations it leads to (SOC 2018 or O*NET-SOC codes).</summary>
    public required IReadOnlyList<string> Occupations { get; init; }
}
