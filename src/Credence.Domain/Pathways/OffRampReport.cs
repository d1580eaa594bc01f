using Credence.Domain.Common;
using Credence.Domain.LaborMarket;

namespace Credence.Domain.Pathways;

/// <summary>The off-ramps of a pathway with wages, outlook and the wage threshold of its region.</summary>
/// <param name="PathwayId">The pathway analyzed.</param>
/// <param name="Region">The region the figures are for (the pathway's, or the United States when it names none).</param>
/// <param name="Threshold">The wage threshold of the region, where the facts have one.</param>
/// <param name="Points">One point per stage (with the exits after it) and one for completing the pathway.</param>
/// <param name="Vintage">The source and vintage of the data used.</param>
public sealed record OffRampReport(string PathwayId, RegionRef Region, WageThreshold? Threshold, IReadOnlyList<OffRampPoint> Points, DataVintage Vintage);
