using Credence.Domain.LaborMarket;
using Credence.LaborMarket.Model;

namespace Credence.LaborMarket.Import;

/// <summary>Reads an OEWS national, state or metro table (the official column layout, as CSV).</summary>
internal static class OewsParser
{
    public static List<WageRow> Parse(string file, string text, string source, List<ImportProblem> problems) =>
        Parse(new TableReader(file, text, problems), source, problems);

    public static List<WageRow> Parse(TableReader table, string source, List<ImportProblem> problems)
    {
        var file = table.File;
        var rows = new List<WageRow>();
        if (!table.Require("OCC_CODE", "OCC_TITLE", "TOT_EMP", "A_MEDIAN", "A_PCT25"))
        {
            return rows;
        }

        var seen = new HashSet<(string, string, string)>();
        foreach (var row in table.Rows())
        {
            if (row.Has("I_GROUP") && row.Get("I_GROUP") is { Length: > 0 } group && !group.Equals("cross-industry", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var soc = row.Get("OCC_CODE");
            if (!Fields.IsSoc(soc))
            {
                row.Report(LaborMarketCodes.BadCode, "OCC_CODE", $"'{soc}' is not a SOC code (NN-NNNN).");
                continue;
            }

            var (level, areaCode, areaName, state) = Area(row);
            // A broad group with a single detailed occupation is published twice under one code, once per O_GROUP.
            if (!seen.Add((areaCode, soc, row.Get("O_GROUP"))))
            {
                row.Report(LaborMarketCodes.DuplicateRow, "OCC_CODE", $"{soc} appears twice for area {areaCode}.");
                continue;
            }

            var employment = Fields.Number(row, "TOT_EMP");
            rows.Add(new WageRow(
                level,
                areaCode,
                areaName,
                state,
                soc,
                row.Get("OCC_TITLE"),
                row.Get("O_GROUP"),
                employment is null ? null : (long)employment.Value,
                Fields.Wage(row, "A_MEAN"),
                Fields.Wage(row, "A_PCT10"),
                Fields.Wage(row, "A_PCT25"),
                Fields.Wage(row, "A_MEDIAN"),
                Fields.Wage(row, "A_PCT75"),
                Fields.Wage(row, "A_PCT90"),
                Fields.Wage(row, "H_MEDIAN"),
                row.Get("HOURLY").Equals("TRUE", StringComparison.OrdinalIgnoreCase),
                $"{source}, {AreaLabel(level)}"));
        }

        if (rows.Count == 0 && !table.IsEmpty && problems.Count == 0)
        {
            problems.Add(new ImportProblem(LaborMarketCodes.NoRows, "The file has no cross-industry occupation rows.", file, 0));
        }

        return rows;
    }

    private static string AreaLabel(AreaLevel level) => level switch
    {
        AreaLevel.National => "national",
        AreaLevel.State => "state",
        _ => "metropolitan area",
    };

    private static (AreaLevel Level, string Code, string Name, string State) Area(TableRow row)
    {
        var code = row.Get("AREA");
        var name = row.Get("AREA_TITLE");
        var state = row.Get("PRIM_STATE");
        var type = row.Get("AREA_TYPE");
        var level = type switch
        {
            "1" => AreaLevel.National,
            "2" or "3" => AreaLevel.State,
            "4" or "5" or "6" => AreaLevel.Metro,
            _ when code is "" or "99" || name is "U.S." => AreaLevel.National,
            _ when code.Length <= 2 => AreaLevel.State,
            _ => AreaLevel.Metro,
        };
        if (level == AreaLevel.National)
        {
            return (level, "US", name.Length > 0 ? name : "U.S.", "US");
        }

        return (level, code, name, state);
    }
}
