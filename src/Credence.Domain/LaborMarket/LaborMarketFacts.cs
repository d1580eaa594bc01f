namespace Credence.Domain.LaborMarket;

/// <summary>The source and vintage of a labor-market dataset.</summary>
/// <param name="Name">A short name for the dataset ("Credence embedded dataset").</param>
/// <param name="Sources">Each source with its release ("O*NET 29.2 (Feb 2025)", "BLS OEWS May 2024").</param>
public sealed record DataVintage(string Name, IReadOnlyList<string> Sources)
{
    /// <inheritdoc />
    public override string ToString() => $"{Name}: {string.Join("; ", Sources)}";
}

/// <summary>An occupation.</summary>
/// <param name="SocCode">The SOC 2018 code (<c>15-1232</c>).</param>
/// <param name="Title">The occupation's title.</param>
/// <param name="JobZone">The O*NET job zone (1–5), where known.</param>
/// <param name="TypicalEntryEducation">BLS typical education needed for entry, where known.</param>
/// <param name="Source">Where the facts come from.</param>
public sealed record OccupationFacts(string SocCode, string Title, int? JobZone, string? TypicalEntryEducation, string Source);

/// <summary>Annual wages of an occupation in an area.</summary>
/// <param name="SocCode">The SOC 2018 code.</param>
/// <param name="AreaName">The area the figures are for (which may be wider than the region asked for).</param>
/// <param name="AreaLevel">National, state or metro.</param>
/// <param name="MedianAnnual">The median annual wage, or null when not published.</param>
/// <param name="Percentile25Annual">The 25th-percentile annual wage, or null when not published.</param>
/// <param name="MedianIsTopCoded">True when BLS publishes the median only as "at or above" the top code.</param>
/// <param name="Employment">Employment in the area, where published.</param>
/// <param name="Source">The source and vintage ("BLS OEWS May 2024, national").</param>
public sealed record WageFacts(
    string SocCode,
    string AreaName,
    AreaLevel AreaLevel,
    decimal? MedianAnnual,
    decimal? Percentile25Annual,
    bool MedianIsTopCoded,
    long? Employment,
    string Source);

/// <summary>The level of a wage area.</summary>
public enum AreaLevel
{
    /// <summary>The whole nation.</summary>
    National,

    /// <summary>A state.</summary>
    State,

    /// <summary>A metro area.</summary>
    Metro,
}

/// <summary>The employment outlook of an occupation.</summary>
/// <param name="SocCode">The SOC 2018 code.</param>
/// <param name="EmploymentChangePercent">Projected employment change over the projection period, in percent.</param>
/// <param name="AnnualOpenings">Projected average annual openings (thousands are multiplied out).</param>
/// <param name="Period">The projection period ("2022–32").</param>
/// <param name="Source">The source and vintage.</param>
public sealed record OutlookFacts(string SocCode, decimal? EmploymentChangePercent, decimal? AnnualOpenings, string Period, string Source);

/// <summary>The annual wage a job in a region must clear.</summary>
/// <param name="AnnualAmount">The threshold as an annual wage.</param>
/// <param name="Kind">Where the threshold comes from.</param>
/// <param name="Label">The label to show ("Livable wage, Ohio, 1 adult" or "regional median wage (default benchmark)").</param>
/// <param name="Source">The source and method.</param>
public sealed record WageThreshold(decimal AnnualAmount, WageThresholdKind Kind, string Label, string Source);

/// <summary>Where a wage threshold comes from.</summary>
public enum WageThresholdKind
{
    /// <summary>The institution set a livable wage for the region.</summary>
    InstitutionLivableWage,

    /// <summary>No livable wage is set: the region's all-occupations median wage is used as the benchmark.</summary>
    RegionalMedianBenchmark,

    /// <summary>An estimate derived from open data, labelled with its method.</summary>
    Estimate,
}
