namespace Credence.LaborMarket.Model;

/// <summary>A BEA regional price parity, all items (U.S. = 100), for a state and year.</summary>
internal sealed record PriceParity(string GeoFips, string GeoName, int Year, decimal AllItems);
