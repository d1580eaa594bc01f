namespace Credence.LaborMarket.Model;

/// <summary>The names of the sections of a dataset, used as keys of its vintages.</summary>
internal static class DataSections
{
    public const string Onet = "onet";
    public const string WagesNational = "wages-national";
    public const string WagesState = "wages-state";
    public const string WagesMetro = "wages-metro";
    public const string Projections = "projections";
    public const string CipSoc = "cip-soc";
    public const string Esco = "esco";
    public const string EscoOnet = "esco-onet";
    public const string PriceParities = "price-parities";

    /// <summary>Not a section: the projection period ("2022–32") of the projections section.</summary>
    public const string ProjectionsPeriod = "projections-period";

    public static IReadOnlyList<string> All { get; } = [Onet, WagesNational, WagesState, WagesMetro, Projections, CipSoc, Esco, EscoOnet, PriceParities];
}
