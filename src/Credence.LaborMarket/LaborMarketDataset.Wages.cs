using System.Globalization;
using Credence.Domain.Common;
using Credence.Domain.LaborMarket;
using Credence.LaborMarket.Model;

namespace Credence.LaborMarket;

/// <summary>Wages by area and wage thresholds.</summary>
public sealed partial class LaborMarketDataset
{
    /// <summary>The annual top code of OEWS May 2023 and May 2024 ($115.00/hour × 2,080): a top-coded figure is at least this.</summary>
    internal const decimal TopCodeAnnual = 239_200m;

    internal const string AllOccupations = "00-0000";

    /// <summary>The label of the default benchmark (DECISIONS: never called a livable wage).</summary>
    public const string RegionalMedianBenchmarkLabel = "regional median wage (default benchmark)";

    /// <inheritdoc />
    public WageFacts? FindWages(string socCode, RegionRef region) => FindWageDetail(socCode, region)?.Facts;

    /// <summary>Finds every published wage figure of an occupation in the region, falling back metro → state → nation to the nearest area that publishes a median.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public WageDetail? FindWageDetail(string socCode, RegionRef region)
    {
        ArgumentNullException.ThrowIfNull(socCode);
        ArgumentNullException.ThrowIfNull(region);
        var soc = socCode.Trim();
        soc = soc.Length > 7 ? soc[..7] : soc;
        var row = FindWageRow(soc, region);
        return row is null ? null : ToDetail(row);
    }

    private WageRow? FindWageRow(string soc, RegionRef region)
    {
        if (!region.Country.Equals("US", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        WageRow? fallback = null;
        foreach (var key in AreaKeys(region))
        {
            if (_wages.TryGetValue((key.Level, key.Code, soc), out var row))
            {
                if (row.Median.Amount is not null || row.Median.Status == WageStatus.TopCoded)
                {
                    return row;
                }

                fallback ??= row;
            }
        }

        return fallback;
    }

    private IEnumerable<(AreaLevel Level, string Code)> AreaKeys(RegionRef region)
    {
        if (region.Metro is not null)
        {
            yield return (AreaLevel.Metro, region.Metro);
        }

        if (region.State is not null)
        {
            var state = region.State.ToUpperInvariant();
            yield return (AreaLevel.State, _statePostalByFips.ContainsKey(state) ? state : FipsOf(state) ?? state);
        }

        yield return (AreaLevel.National, "US");
    }

    private string? FipsOf(string postal) =>
        _statePostalByFips.FirstOrDefault(p => p.Value.Equals(postal, StringComparison.OrdinalIgnoreCase)).Key;

    private static WageDetail ToDetail(WageRow row)
    {
        var topCoded = new List<string>();
        decimal? Figure(WageValue value, string name)
        {
            if (value.Status == WageStatus.TopCoded)
            {
                topCoded.Add(name);
                return value.Amount ?? TopCodeAnnual;
            }

            return value.Amount;
        }

        var median = Figure(row.Median, "median");
        var p25 = Figure(row.Percentile25, "p25");
        var facts = new WageFacts(row.SocCode, row.AreaName, row.Level, median, p25, row.Median.Status == WageStatus.TopCoded, row.Employment, row.Source);
        return new WageDetail(
            facts,
            Figure(row.Mean, "mean"),
            Figure(row.Percentile10, "p10"),
            Figure(row.Percentile75, "p75"),
            Figure(row.Percentile90, "p90"),
            row.HourlyMedian.Status == WageStatus.TopCoded ? null : row.HourlyMedian.Amount,
            topCoded,
            row.HourlyOnly);
    }

    /// <inheritdoc />
    /// <remarks>The institution's livable wage for the region when set (<see cref="WithLivableWages"/>); otherwise the all-occupations median wage of the nearest area with OEWS data, labelled <see cref="RegionalMedianBenchmarkLabel"/>.</remarks>
    public WageThreshold? FindWageThreshold(RegionRef region)
    {
        ArgumentNullException.ThrowIfNull(region);
        if (LivableWages?.Find(region) is { } livable)
        {
            return new WageThreshold(
                livable.AnnualAmount,
                WageThresholdKind.InstitutionLivableWage,
                $"Livable wage, {livable.Region}, {livable.HouseholdType}",
                livable.Source);
        }

        var row = FindWageRow(AllOccupations, region);
        if (row?.Median.Amount is not { } median)
        {
            return null;
        }

        return new WageThreshold(
            median,
            WageThresholdKind.RegionalMedianBenchmark,
            RegionalMedianBenchmarkLabel,
            $"{row.Source}: all-occupations median annual wage, {row.AreaName}");
    }

    /// <summary>An explicit alternative to the default benchmark: the national all-occupations median scaled by the state's BEA regional price parity (all items, latest year), labelled as an estimate with its method.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="region"/> is null.</exception>
    public WageThreshold? EstimateWageThreshold(RegionRef region)
    {
        ArgumentNullException.ThrowIfNull(region);
        var national = NationalWage(AllOccupations);
        if (!region.Country.Equals("US", StringComparison.OrdinalIgnoreCase) || national?.Median.Amount is not { } median || region.State is null)
        {
            return null;
        }

        var state = region.State.ToUpperInvariant();
        var fips = _statePostalByFips.ContainsKey(state) ? state : FipsOf(state);
        var parity = fips is null
            ? null
            : _data.PriceParities.Where(p => p.GeoFips == fips + "000").OrderByDescending(p => p.Year).FirstOrDefault();
        if (parity is null)
        {
            return null;
        }

        var amount = Math.Round(median * parity.AllItems / 100m, 0, MidpointRounding.AwayFromZero);
        var year = parity.Year.ToString(CultureInfo.InvariantCulture);
        return new WageThreshold(
            amount,
            WageThresholdKind.Estimate,
            $"estimated price-adjusted median wage, {parity.GeoName} (estimate)",
            $"{national.Source} all-occupations median × BEA regional price parity {parity.AllItems.ToString(CultureInfo.InvariantCulture)} ({year}) / 100; {_data.Vintages.GetValueOrDefault(DataSections.PriceParities, "BEA RPP")}");
    }
}
