namespace Credence.LaborMarket;

/// <summary>A livable wage an institution sets for a region and household type.</summary>
/// <param name="Region">The region: <c>US</c>, <c>US-OH</c> or <c>US-OH-18140</c> (country, state, OEWS metro code).</param>
/// <param name="HouseholdType">The household the wage supports ("1 adult", "2 adults 1 child").</param>
/// <param name="Amount">The amount.</param>
/// <param name="Period">Whether <paramref name="Amount"/> is annual or hourly.</param>
/// <param name="Source">Where the institution took the figure from.</param>
public sealed record LivableWage(string Region, string HouseholdType, decimal Amount, WagePeriod Period, string Source)
{
    /// <summary>Hours in a work year, used to turn hourly wages into annual ones.</summary>
    public const decimal HoursPerYear = 2080m;

    /// <summary>The amount as an annual wage.</summary>
    public decimal AnnualAmount => Period == WagePeriod.Annual ? Amount : Amount * HoursPerYear;
}
