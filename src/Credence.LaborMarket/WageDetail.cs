using Credence.Domain.LaborMarket;

namespace Credence.LaborMarket;

/// <summary>All published OEWS annual wage figures of an occupation in one area; a null figure is not published for the area.</summary>
/// <param name="Facts">The summary the evaluator reads (median, 25th percentile, employment, area, source).</param>
/// <param name="Mean">The mean annual wage.</param>
/// <param name="Percentile10">The 10th-percentile annual wage.</param>
/// <param name="Percentile75">The 75th-percentile annual wage.</param>
/// <param name="Percentile90">The 90th-percentile annual wage.</param>
/// <param name="HourlyMedian">The median hourly wage.</param>
/// <param name="TopCodedFigures">The names of the figures BLS publishes only as "at or above" the top code ("median", "p75", "p90").</param>
/// <param name="HourlyOnly">True when BLS publishes hourly wages only for this occupation (no annual figures).</param>
public sealed record WageDetail(
    WageFacts Facts,
    decimal? Mean,
    decimal? Percentile10,
    decimal? Percentile75,
    decimal? Percentile90,
    decimal? HourlyMedian,
    IReadOnlyList<string> TopCodedFigures,
    bool HourlyOnly);
