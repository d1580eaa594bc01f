using Credence.Domain.LaborMarket;

namespace Credence.Domain.Pathways;

/// <summary>An occupation an off-ramp leads to, with its figures in the pathway's region.</summary>
/// <param name="Code">The SOC or O*NET-SOC code as the pathway names it.</param>
/// <param name="Title">The occupation's title, when the facts know it.</param>
/// <param name="Wages">The median and 25th-percentile wages of the nearest area with data (see <see cref="WageFacts.AreaLevel"/>).</param>
/// <param name="Outlook">The employment outlook.</param>
/// <param name="ClearsThreshold">Whether the median wage is at or above the region's threshold; null when either is unknown.</param>
/// <param name="Sources">The source and vintage of every figure shown.</param>
public sealed record OffRampOccupation(string Code, string? Title, WageFacts? Wages, OutlookFacts? Outlook, bool? ClearsThreshold, IReadOnlyList<string> Sources);
