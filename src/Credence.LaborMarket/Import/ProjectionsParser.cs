using System.Text.RegularExpressions;
using Credence.LaborMarket.Model;

namespace Credence.LaborMarket.Import;

/// <summary>Reads the BLS Employment Projections occupational table (Table 1.7 layout, as CSV); columns are found by their titles so any projection cycle reads.</summary>
internal static partial class ProjectionsParser
{
    [GeneratedRegex(@"(\d{4})-(\d{2})", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();

    public static (List<Projection> Rows, string Period) Parse(string file, string text, List<ImportProblem> problems) =>
        Parse(new TableReader(file, text, problems), problems);

    public static (List<Projection> Rows, string Period) Parse(TableReader table, List<ImportProblem> problems)
    {
        var file = table.File;
        var rows = new List<Projection>();
        if (table.IsEmpty)
        {
            return (rows, "");
        }

        var code = Need(table, "National Employment Matrix code");
        var title = Need(table, "National Employment Matrix title");
        var change = Need(table, "Employment change, percent");
        var openings = Need(table, "Occupational openings");
        var employment = table.Columns.Where(c => c.StartsWith("Employment, ", StringComparison.Ordinal)).ToList();
        var wage = table.FindColumn("Median annual wage");
        var type = table.FindColumn("Occupation type");
        var education = table.FindColumn("Typical education needed for entry");
        var experience = table.FindColumn("Work experience in a related occupation");
        var training = table.FindColumn("on-the-job training");
        if (code is null || title is null || change is null || openings is null)
        {
            return (rows, "");
        }

        var match = PeriodPattern().Match(change);
        var period = match.Success ? $"{match.Groups[1].Value}–{match.Groups[2].Value}" : "";
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows())
        {
            var soc = row.Get(code);
            if (!Fields.IsSoc(soc))
            {
                row.Report(LaborMarketCodes.BadCode, code, $"'{soc}' is not a SOC code (NN-NNNN).");
                continue;
            }

            if (!seen.Add(soc))
            {
                row.Report(LaborMarketCodes.DuplicateRow, code, $"{soc} appears twice.");
                continue;
            }

            rows.Add(new Projection(
                soc,
                row.Get(title),
                Fields.Text(row, type) ?? "",
                employment.Count > 0 ? Fields.Number(row, employment[0]) : null,
                employment.Count > 1 ? Fields.Number(row, employment[1]) : null,
                Fields.Number(row, change),
                Fields.Number(row, openings),
                wage is null ? WageValue.Blank : Fields.Wage(row, wage),
                Fields.Text(row, education),
                Fields.Text(row, experience),
                Fields.Text(row, training)));
        }

        if (rows.Count == 0 && problems.Count == 0)
        {
            problems.Add(new ImportProblem(LaborMarketCodes.NoRows, "The table has no occupation rows.", file, 0));
        }

        return (rows, period);

        string? Need(TableReader t, string fragment)
        {
            var column = t.FindColumn(fragment);
            if (column is null)
            {
                t.Report(LaborMarketCodes.MissingColumn, 1, fragment, $"The header has no column titled '...{fragment}...'.");
            }

            return column;
        }
    }
}
