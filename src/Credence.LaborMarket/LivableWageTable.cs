using System.Globalization;
using Credence.Domain.Common;
using Credence.LaborMarket.Import;

namespace Credence.LaborMarket;

/// <summary>The livable wages an institution sets, per region and household type, from settings or a CSV file.</summary>
public sealed class LivableWageTable
{
    private readonly IReadOnlyList<LivableWage> _entries;

    /// <summary>Creates a table from entries; for each region the first entry is the default household type.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    public LivableWageTable(IEnumerable<LivableWage> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _entries = [.. entries];
    }

    /// <summary>The entries in the order given.</summary>
    public IReadOnlyList<LivableWage> Entries => _entries;

    /// <summary>Reads a table from CSV with the columns <c>region,household,amount,period</c> and an optional <c>source</c>; returns every problem found, by line.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static LivableWageParseResult Parse(string fileName, string csv)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(csv);
        var problems = new List<ImportProblem>();
        var table = new TableReader(fileName, csv, problems);
        var entries = new List<LivableWage>();
        if (table.Require("region", "household", "amount", "period"))
        {
            foreach (var row in table.Rows())
            {
                var amount = Fields.Number(row, "amount");
                var period = row.Get("period").ToLowerInvariant() switch
                {
                    "annual" or "year" => WagePeriod.Annual,
                    "hourly" or "hour" => (WagePeriod?)WagePeriod.Hourly,
                    _ => null,
                };
                if (period is null)
                {
                    row.Report(LaborMarketCodes.BadNumber, "period", $"'{row.Get("period")}' is neither annual nor hourly.");
                }

                if (amount is null or <= 0)
                {
                    if (amount is not null)
                    {
                        row.Report(LaborMarketCodes.BadNumber, "amount", "The amount must be positive.");
                    }

                    continue;
                }

                if (period is not null)
                {
                    var source = row.Has("source") && row.Get("source").Length > 0 ? row.Get("source") : $"{fileName}, line {row.Line.ToString(CultureInfo.InvariantCulture)}";
                    entries.Add(new LivableWage(row.Get("region").ToUpperInvariant(), row.Get("household"), amount.Value, period.Value, source));
                }
            }
        }

        return new LivableWageParseResult(new LivableWageTable(problems.Count == 0 ? entries : []), problems);
    }

    /// <summary>Finds the livable wage for the region (the most specific area set: metro, then state, then country) and household type (the region's first entry when none is named).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="region"/> is null.</exception>
    public LivableWage? Find(RegionRef region, string? householdType = null)
    {
        ArgumentNullException.ThrowIfNull(region);
        foreach (var key in Keys(region))
        {
            var match = _entries.FirstOrDefault(e =>
                e.Region.Equals(key, StringComparison.OrdinalIgnoreCase)
                && (householdType is null || e.HouseholdType.Equals(householdType, StringComparison.OrdinalIgnoreCase)));
            if (match is not null)
            {
                return match;
            }
        }

        return null;
    }

    private static IEnumerable<string> Keys(RegionRef region)
    {
        if (region.State is not null && region.Metro is not null)
        {
            yield return $"{region.Country}-{region.State}-{region.Metro}";
        }

        if (region.State is not null)
        {
            yield return $"{region.Country}-{region.State}";
        }

        yield return region.Country;
    }
}
