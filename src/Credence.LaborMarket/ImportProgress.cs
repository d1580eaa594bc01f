namespace Credence.LaborMarket;

/// <summary>Progress of an import: the stage and how far through the whole import it is.</summary>
/// <param name="Stage">"reading", "validating", "writing" or "done".</param>
/// <param name="Percent">0–100.</param>
public sealed record ImportProgress(string Stage, int Percent);
