using Credence.Domain.LaborMarket;

namespace Credence.LaborMarket.Model;

/// <summary>OEWS estimates of one occupation in one area (annual wages, hourly median).</summary>
internal sealed record WageRow(
    AreaLevel Level,
    string AreaCode,
    string AreaName,
    string StatePostal,
    string SocCode,
    string Title,
    string Group,
    long? Employment,
    WageValue Mean,
    WageValue Percentile10,
    WageValue Percentile25,
    WageValue Median,
    WageValue Percentile75,
    WageValue Percentile90,
    WageValue HourlyMedian,
    bool HourlyOnly,
    string Source);
