using System.Text;

namespace Credence.Persistence.Issuing.Bulk;

/// <summary>RFC 4180 CSV: comma-separated, fields optionally in double quotes (a quote inside doubled), CRLF or LF line ends.</summary>
/// <seealso href="https://www.rfc-editor.org/rfc/rfc4180"/>
internal static class CsvReader
{
    /// <summary>Reads every record; a malformed record is reported with its row and skipped. An unterminated quote ends the
    /// reading (the rest of the file is inside it), so <c>Complete</c> is false.</summary>
    public static (List<CsvRecord> Records, List<IssuingProblem> Problems, bool Complete) Read(string text)
    {
        var records = new List<CsvRecord>();
        var problems = new List<IssuingProblem>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var row = 1;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var malformed = false;
        while (i <= text.Length)
        {
            // Read one field.
            field.Clear();
            if (i < text.Length && text[i] == '"')
            {
                i++;
                var closed = false;
                while (i < text.Length)
                {
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        closed = true;
                        break;
                    }

                    field.Append(text[i++]);
                }

                if (!closed)
                {
                    problems.Add(new IssuingProblem(IssuingCodes.CsvMalformed, null, "A quoted field is not closed before the end of the file.", row));
                    return (records, problems, false);
                }

                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    malformed = true;
                }
            }

            while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
            {
                if (text[i] == '"')
                {
                    malformed = true;
                }

                field.Append(text[i++]);
            }

            fields.Add(field.ToString());
            if (i < text.Length && text[i] == ',')
            {
                i++;
                continue;
            }

            // End of record (line end or end of text).
            var isBlank = fields.Count == 1 && fields[0].Length == 0;
            if (malformed)
            {
                problems.Add(new IssuingProblem(IssuingCodes.CsvMalformed, null, "A double quote appears inside a field that is not quoted, or after a closing quote.", row));
            }
            else if (!isBlank)
            {
                records.Add(new CsvRecord(row, fields.ToArray()));
            }

            fields.Clear();
            malformed = false;
            if (i >= text.Length)
            {
                break;
            }

            i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
            row++;
        }

        return (records, problems, true);
    }
}
