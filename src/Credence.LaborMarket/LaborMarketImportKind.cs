namespace Credence.LaborMarket;

/// <summary>The kinds of official file <see cref="LaborMarketImporter"/> reads.</summary>
public enum LaborMarketImportKind
{
    /// <summary>An O*NET database release: the text-format zip (tab-delimited tables) or a folder or zip of its CSV conversions.</summary>
    Onet,

    /// <summary>An OEWS national, state or metro table, .xlsx or CSV (the BLS column layout: OCC_CODE, A_MEDIAN, …).</summary>
    Oews,

    /// <summary>The BLS Employment Projections occupational table (Table 1.7), .xlsx or CSV.</summary>
    Projections,

    /// <summary>The NCES CIP 2020 ↔ SOC 2018 crosswalk (CIP-SOC sheet), .xlsx or CSV.</summary>
    CipSoc,
}
