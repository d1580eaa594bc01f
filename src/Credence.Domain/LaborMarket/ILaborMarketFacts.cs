using Credence.Domain.Common;

namespace Credence.Domain.LaborMarket;

/// <summary>The labor-market facts the evaluator and the pathway analysis read: occupations, wages, outlook and a wage threshold per region.</summary>
/// <remarks>The domain defines it; Credence.LaborMarket implements it over real data. Lookups are synchronous: implementations hold their data in memory.</remarks>
public interface ILaborMarketFacts
{
    /// <summary>The source and vintage of the data, recorded in every scorecard that used it.</summary>
    DataVintage Vintage { get; }

    /// <summary>Finds an occupation by SOC 2018 (<c>15-1232</c>) or O*NET-SOC (<c>15-1232.00</c>) code.</summary>
    OccupationFacts? FindOccupation(string socCode);

    /// <summary>Finds the wages of an occupation in a region, falling back to the nearest enclosing area that has them (metro → state → nation).</summary>
    WageFacts? FindWages(string socCode, RegionRef region);

    /// <summary>Finds the employment outlook of an occupation (national projections).</summary>
    OutlookFacts? FindOutlook(string socCode);

    /// <summary>Finds the wage a job in the region must clear: the institution's livable wage where set, otherwise a labelled default benchmark.</summary>
    WageThreshold? FindWageThreshold(RegionRef region);
}
