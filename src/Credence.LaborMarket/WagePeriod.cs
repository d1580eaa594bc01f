namespace Credence.LaborMarket;

/// <summary>Whether a wage amount is per year or per hour.</summary>
public enum WagePeriod
{
    /// <summary>Per year.</summary>
    Annual,

    /// <summary>Per hour; converted to a year at 2,080 hours (52 weeks of 40 hours), as BLS does.</summary>
    Hourly,
}
