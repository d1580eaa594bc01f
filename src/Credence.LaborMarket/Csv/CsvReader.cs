using System.Text;

namespace Credence.LaborMarket.Csv;

/// <summary>Reads RFC 4180 delimited text (comma or tab), with quoted fields that may span lines.</summary>
internal static class CsvReader
{
    public static IEnumerable<CsvRecord> Read(string text, char delimiter = ',', bool quoting = true)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var i = 0;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            i = 1;
        }

        var inQuotes = false;
        var fieldStarted = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        continue;
                    }

                    inQuotes = false;
                    i++;
                    continue;
                }

                if (c == '\n')
                {
                    line++;
                }

                field.Append(c);
                i++;
                continue;
            }

            if (c == '"' && quoting && field.Length == 0)
            {
                inQuotes = true;
                fieldStarted = true;
                i++;
                continue;
            }

            if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldStarted = true;
                i++;
                continue;
            }

            if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                i++;
                if (fieldStarted || field.Length > 0 || fields.Count > 0)
                {
                    fields.Add(field.ToString());
                    yield return new CsvRecord(recordLine, [.. fields]);
                }

                fields.Clear();
                field.Clear();
                fieldStarted = false;
                line++;
                recordLine = line;
                continue;
            }

            field.Append(c);
            i++;
        }

        if (inQuotes)
        {
            fields.Add(field.ToString());
            yield return new CsvRecord(recordLine, [.. fields], UnterminatedQuote: true);
        }
        else if (fieldStarted || field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return new CsvRecord(recordLine, [.. fields]);
        }
    }
}
