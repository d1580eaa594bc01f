using System.Globalization;
using Credence.Domain.Common;
using Credence.Domain.LaborMarket;

namespace Credence.Web.Features.PublicValue;

/// <summary>What an occupation pays in a region, for the value label: the median annual wage, the area it is for, and how it compares with the region's wage threshold.</summary>
internal sealed record WageLine(string Code, string Title, WageFacts? Wages, WageThreshold? Threshold)
{
    /// <summary>Looks up each target occupation's wages in the region (the nearest area with data) and the region's threshold.</summary>
    public static IReadOnlyList<WageLine> For(IEnumerable<string> occupations, RegionRef? region, ILaborMarketFacts facts)
    {
        var area = region ?? RegionRef.UnitedStates;
        var threshold = facts.FindWageThreshold(area);
        return occupations
            .Select(c => c.Trim())
            .Distinct(StringComparer.Ordinal)
            .Select(code => new WageLine(code, facts.FindOccupation(code)?.Title ?? code, facts.FindWages(code, area), threshold))
            .ToList();
    }

    /// <summary>An annual amount in US dollars ("$52,430"), with "+" when the source caps it.</summary>
    public static string Money(decimal amount, bool topCoded = false) =>
        string.Create(CultureInfo.InvariantCulture, $"${amount:#,0}{(topCoded ? "+" : string.Empty)}");

    /// <summary>True when the median is at or above the threshold, false when below, null when either is unknown.</summary>
    public bool? ClearsThreshold => Wages?.MedianAnnual is { } median && Threshold is { } threshold ? median >= threshold.AnnualAmount : null;

    /// <summary>The plain-language sentence: "Median pay $52,430 a year in Ohio (BLS OEWS May 2023, states)".</summary>
    public string Sentence => Wages?.MedianAnnual is { } median
        ? $"median pay {Money(median, Wages.MedianIsTopCoded)} a year in {Wages.AreaName}"
        : "no wage data";

    /// <summary>How the median compares with the threshold, naming the threshold by its label ("regional median wage (default benchmark)").</summary>
    public string? Comparison => (ClearsThreshold, Threshold) switch
    {
        (true, { } t) => $"at or above the {t.Label} of {Money(t.AnnualAmount)}",
        (false, { } t) => $"below the {t.Label} of {Money(t.AnnualAmount)}",
        _ => null,
    };
}
