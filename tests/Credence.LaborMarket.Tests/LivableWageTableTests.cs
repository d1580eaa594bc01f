using Credence.Domain.Common;

namespace Credence.LaborMarket.Tests;

public sealed class LivableWageTableTests
{
    [Fact]
    public void Parse_reads_regions_households_and_periods_and_finds_the_most_specific_region()
    {
        var csv = "region,household,amount,period,source\nUS,1 adult,48000,annual,Board policy\nUS-OH,1 adult,21.50,hourly,\nUS-OH,2 adults 1 child,31.00,hourly,\n";

        var (table, problems) = LivableWageTable.Parse("wages.csv", csv);

        Assert.Empty(problems);
        Assert.Equal(44_720m, table.Find(new RegionRef("US", "OH", "18140"))?.AnnualAmount);
        Assert.Equal("2 adults 1 child", table.Find(new RegionRef("US", "OH"), "2 adults 1 child")?.HouseholdType);
        Assert.Equal("Board policy", table.Find(new RegionRef("US", "TX"))?.Source);
        Assert.Null(table.Find(new RegionRef("DE")));
    }

    [Fact]
    public void Parse_reports_bad_amounts_and_periods_by_line_and_keeps_no_entries()
    {
        var csv = "region,household,amount,period\nUS,1 adult,lots,annual\nUS-OH,1 adult,20,weekly\n";

        var (table, problems) = LivableWageTable.Parse("wages.csv", csv);

        Assert.Equal([(LaborMarketCodes.BadNumber, 2), (LaborMarketCodes.BadNumber, 3)], problems.Select(p => (p.Code, p.Line)));
        Assert.Empty(table.Entries);
    }
}
