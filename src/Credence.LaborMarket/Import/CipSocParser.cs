using Credence.LaborMarket.Model;

namespace Credence.LaborMarket.Import;

/// <summary>Reads the NCES CIP 2020 ↔ SOC 2018 crosswalk (CIP-SOC sheet layout, as CSV), dropping the "no match" rows.</summary>
internal static class CipSocParser
{
    public static List<CipSocLink> Parse(string file, string text, List<ImportProblem> problems) =>
        Parse(new TableReader(file, text, problems), problems);

    public static List<CipSocLink> Parse(TableReader table, List<ImportProblem> problems)
    {
        var file = table.File;
        var rows = new List<CipSocLink>();
        if (!table.Require("CIP2020Code", "CIP2020Title", "SOC2018Code", "SOC2018Title"))
        {
            return rows;
        }

        var seen = new HashSet<(string, string)>();
        foreach (var row in table.Rows())
        {
            var cip = Fields.Unwrap(row.Get("CIP2020Code"));
            var soc = Fields.Unwrap(row.Get("SOC2018Code"));
            if (cip == "99.9999" || soc == "99-9999")
            {
                continue;
            }

            if (!Fields.IsCip(cip))
            {
                row.Report(LaborMarketCodes.BadCode, "CIP2020Code", $"'{cip}' is not a CIP code (NN.NNNN).");
                continue;
            }

            if (!Fields.IsSoc(soc))
            {
                row.Report(LaborMarketCodes.BadCode, "SOC2018Code", $"'{soc}' is not a SOC code (NN-NNNN).");
                continue;
            }

            if (!seen.Add((cip, soc)))
            {
                row.Report(LaborMarketCodes.DuplicateRow, "SOC2018Code", $"{cip} → {soc} appears twice.");
                continue;
            }

            rows.Add(new CipSocLink(cip, row.Get("CIP2020Title").TrimEnd('.'), soc, row.Get("SOC2018Title")));
        }

        if (rows.Count == 0 && problems.Count == 0)
        {
            problems.Add(new ImportProblem(LaborMarketCodes.NoRows, "The crosswalk has no matched rows.", file, 0));
        }

        return rows;
    }
}
