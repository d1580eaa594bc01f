namespace Credence.LaborMarket.Import;

/// <summary>A data row of a <see cref="TableReader"/>, read by column name.</summary>
internal sealed class TableRow(TableReader table, int line, string[] fields)
{
    public int Line { get; } = line;

    public string Get(string column)
    {
        var index = table.IndexOf(column);
        return index < 0 ? string.Empty : fields[index].Trim();
    }

    public bool Has(string column) => table.IndexOf(column) >= 0;

    public void Report(string code, string column, string message) => table.Report(code, Line, column, message);
}
