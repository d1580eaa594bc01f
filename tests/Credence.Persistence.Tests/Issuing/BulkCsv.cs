using System.Globalization;
using System.Text;
using Credence.Persistence.Issuing;

namespace Credence.Persistence.Tests.Issuing;

/// <summary>Deterministic bulk issuance CSV files for <see cref="IssuingFixture.Networking"/>: every 100th row is bad in one field.</summary>
public static class BulkCsv
{
    public const string Header = "row_id,email,name,level:configure,level:secure,evidence_url,issue_date";

    /// <summary>The file and the (row, field, code) of each bad row; rows are numbered as in a spreadsheet (the header is row 1).</summary>
    public static (string Csv, IReadOnlyList<(int Row, string? Field, string Code)> Bad) Generate(int rows, int badEvery = 100)
    {
        var text = new StringBuilder(Header).Append('\n');
        var bad = new List<(int, string?, string)>();
        for (var i = 0; i < rows; i++)
        {
            var row = i + 2;
            var id = "R" + i.ToString("D6", CultureInfo.InvariantCulture);
            var email = $"learner{i}@college.example";
            var name = $"Learner {i}";
            var configure = "proficient";
            var secure = i % 3 == 0 ? "advanced" : "proficient";
            var evidence = $"https://portfolio.example/{i}";
            var date = "2026-02-" + (1 + (i % 28)).ToString("D2", CultureInfo.InvariantCulture);
            if (i % badEvery == badEvery - 1)
            {
                switch (i / badEvery % 7)
                {
                    case 0: email = "learner" + i; bad.Add((row, "email", IssuingCodes.EmailInvalid)); break;
                    case 1: name = ""; bad.Add((row, "name", IssuingCodes.NameMissing)); break;
                    case 2: date = "02/03/2026"; bad.Add((row, "issue_date", IssuingCodes.CsvDateInvalid)); break;
                    case 3: evidence = "portfolio.example/x"; bad.Add((row, "evidence_url", IssuingCodes.EvidenceUrlInvalid)); break;
                    case 4: configure = "wizard"; bad.Add((row, "level:configure", IssuingCodes.LevelUnknown)); break;
                    case 5: secure = "developing"; bad.Add((row, "level:secure", IssuingCodes.NotMastered)); break;
                    default: id = "R000000"; bad.Add((row, "row_id", IssuingCodes.CsvRowIdDuplicate)); break;
                }
            }

            text.Append(id).Append(',').Append(email).Append(",\"").Append(name).Append("\",").Append(configure).Append(',').Append(secure)
                .Append(',').Append(evidence).Append(',').Append(date).Append('\n');
        }

        return (text.ToString(), bad);
    }
}
