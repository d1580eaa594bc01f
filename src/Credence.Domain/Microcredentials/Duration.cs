namespace Credence.Domain.Microcredentials;

/// <summary>How long a microcredential takes: notional learning hours and calendar weeks.</summary>
public sealed record Duration
{
    /// <summary>Notional learning hours (all learning and assessment activities).</summary>
    public decimal? Hours { get; init; }

    /// <summary>Calendar weeks a typical learner takes.</summary>
    public decimal? Weeks { get; init; }

    /// <summary>ECTS credits (notional workload in the European system), where assigned.</summary>
    public decimal? Ects { get; init; }
}
