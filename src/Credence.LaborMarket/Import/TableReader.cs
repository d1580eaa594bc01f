using Credence.LaborMarket.Csv;

namespace Credence.LaborMarket.Import;

/// <summary>Reads a delimited table with a header row, checks its columns and row shapes, and collects problems.</summary>
internal sealed class TableReader
{
    private readonly Dictionary<string, int> _columns = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<CsvRecord> _records;
    private readonly List<ImportProblem> _problems;

    public TableReader(string file, string text, List<ImportProblem> problems, char delimiter = ',', bool quoting = true)
        : this(file, [.. CsvReader.Read(text, delimiter, quoting)], problems)
    {
    }

    public TableReader(string file, List<CsvRecord> records, List<ImportProblem> problems)
    {
        File = file;
        _problems = problems;
        _records = records;
        if (_records.Count == 0)
        {
            problems.Add(new ImportProblem(LaborMarketCodes.FileEmpty, "The file is empty.", file, 0));
            Columns = [];
            return;
        }

        Columns = [.. _records[0].Fields.Select(f => f.Trim())];
        for (var i = 0; i < Columns.Count; i++)
        {
            _columns.TryAdd(Columns[i], i);
        }
    }

    public string File { get; }

    public IReadOnlyList<string> Columns { get; }

    public bool IsEmpty => _records.Count == 0;

    public int DataRowCount => Math.Max(0, _records.Count - 1);

    public int IndexOf(string column) => _columns.TryGetValue(column, out var index) ? index : -1;

    /// <summary>Finds the first column whose name contains <paramref name="fragment"/>.</summary>
    public string? FindColumn(string fragment) =>
        Columns.FirstOrDefault(c => c.Contains(fragment, StringComparison.OrdinalIgnoreCase));

    public bool Require(params string[] columns)
    {
        if (IsEmpty)
        {
            return false;
        }

        var ok = true;
        foreach (var column in columns)
        {
            if (IndexOf(column) < 0)
            {
                _problems.Add(new ImportProblem(LaborMarketCodes.MissingColumn, $"The header has no '{column}' column.", File, 1, column));
                ok = false;
            }
        }

        return ok;
    }

    public IEnumerable<TableRow> Rows()
    {
        for (var i = 1; i < _records.Count; i++)
        {
            var record = _records[i];
            if (record.UnterminatedQuote)
            {
                Report(LaborMarketCodes.Truncated, record.Line, null, "The file ends inside a quoted field; it looks cut off.");
                yield break;
            }

            if (record.Fields.Length == 1 && record.Fields[0].Length == 0)
            {
                continue;
            }

            if (record.Fields.Length != Columns.Count)
            {
                var code = i == _records.Count - 1 && record.Fields.Length < Columns.Count ? LaborMarketCodes.Truncated : LaborMarketCodes.FieldCount;
                Report(code, record.Line, null, $"The row has {record.Fields.Length} fields; the header has {Columns.Count}.");
                continue;
            }

            yield return new TableRow(this, record.Line, record.Fields);
        }
    }

    public void Report(string code, int line, string? column, string message) =>
        _problems.Add(new ImportProblem(code, message, File, line, column));
}
