using System.Globalization;
using Credence.Domain.Microcredentials;
using Credence.Persistence.Entities;

namespace Credence.Persistence.Issuing.Bulk;

/// <summary>The bulk issuance CSV format (docs/issuing.md): reads the header against the microcredential and checks every row.</summary>
internal static class BulkCsvFormat
{
    public const string RowId = "row_id";
    public const string Email = "email";
    public const string Name = "name";
    public const string MasteredAll = "mastered_all";
    public const string EvidenceUrl = "evidence_url";
    public const string IssueDate = "issue_date";
    public const string Assessor = "assessor";
    public const string LevelPrefix = "level:";
    public const string ResultPrefix = "result:";

    private static readonly string[] Required = [RowId, Email, Name];
    private static readonly string[] Optional = [MasteredAll, EvidenceUrl, IssueDate, Assessor];

    /// <summary>Checks the whole file: header problems, or a quote left open, reject it (no row is issued); otherwise every row is
    /// checked and the valid ones returned.</summary>
    public static (List<BulkRow> Rows, List<IssuingProblem> Problems, int TotalRows, bool Rejected) Check(string text, Microcredential microcredential)
    {
        var (records, problems, complete) = CsvReader.Read(text);
        if (records.Count == 0 || records[0].Row != 1)
        {
            problems.Add(new IssuingProblem(IssuingCodes.CsvEmpty, null, "The file has no header row.", 1));
            return ([], problems, 0, true);
        }

        var header = records[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var headerProblems = CheckHeader(header, microcredential);
        var dataRows = records.Count - 1 + problems.Count(p => p.Row > 1);
        if (headerProblems.Count > 0)
        {
            return ([], [.. headerProblems, .. problems], dataRows, true);
        }

        if (records.Count == 1 && problems.Count == 0)
        {
            problems.Add(new IssuingProblem(IssuingCodes.CsvEmpty, null, "The file has no data rows.", 1));
            return ([], problems, 0, true);
        }

        var column = header.Select((name, index) => (name, index)).ToDictionary(c => c.name, c => c.index, StringComparer.Ordinal);
        var rows = new List<BulkRow>();
        var seenIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var seenEmails = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in records.Skip(1))
        {
            var rowProblems = new List<IssuingProblem>();
            if (record.Fields.Count != header.Count)
            {
                rowProblems.Add(Problem(IssuingCodes.CsvFieldCount, null, $"The row has {record.Fields.Count} fields; the header has {header.Count}.", record));
                problems.AddRange(rowProblems);
                continue;
            }

            var row = CheckRow(record, column, microcredential, rowProblems, seenIds, seenEmails);
            if (rowProblems.Count > 0)
            {
                problems.AddRange(rowProblems);
            }
            else
            {
                rows.Add(row!);
            }
        }

        // A stable sort: a row's problems stay in column order.
        return (rows, problems.OrderBy(p => p.Row ?? 0).ToList(), dataRows, !complete);
    }

    private static List<IssuingProblem> CheckHeader(List<string> header, Microcredential microcredential)
    {
        var problems = new List<IssuingProblem>();
        foreach (var name in Required.Where(r => !header.Contains(r)))
        {
            problems.Add(new IssuingProblem(IssuingCodes.CsvColumnMissing, name, $"The header lacks the column '{name}'.", 1));
        }

        var competencies = microcredential.Competencies.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var name in header)
        {
            var known = Required.Contains(name) || Optional.Contains(name)
                || (name.StartsWith(LevelPrefix, StringComparison.Ordinal) && competencies.Contains(name[LevelPrefix.Length..]))
                || (name.StartsWith(ResultPrefix, StringComparison.Ordinal) && competencies.Contains(name[ResultPrefix.Length..]));
            if (!known)
            {
                problems.Add(new IssuingProblem(IssuingCodes.CsvColumnUnknown, name, $"'{name}' is not a column of the format (competency columns name a competency of '{microcredential.Id}').", 1));
            }
        }

        if (!header.Contains(MasteredAll) && !header.Any(h => h.StartsWith(LevelPrefix, StringComparison.Ordinal) || h.StartsWith(ResultPrefix, StringComparison.Ordinal)))
        {
            problems.Add(new IssuingProblem(IssuingCodes.CsvColumnMissing, MasteredAll, "The header needs 'mastered_all' or per-competency 'level:' / 'result:' columns.", 1));
        }

        foreach (var duplicate in header.GroupBy(h => h).Where(g => g.Count() > 1))
        {
            problems.Add(new IssuingProblem(IssuingCodes.CsvColumnUnknown, duplicate.Key, $"The column '{duplicate.Key}' appears twice.", 1));
        }

        return problems;
    }

    private static BulkRow? CheckRow(CsvRecord record, Dictionary<string, int> column, Microcredential microcredential, List<IssuingProblem> problems,
        Dictionary<string, int> seenIds, Dictionary<string, int> seenEmails)
    {
        string Get(string name) => column.TryGetValue(name, out var index) ? record.Fields[index].Trim() : "";

        var rowId = Get(RowId);
        if (rowId.Length == 0)
        {
            problems.Add(Problem(IssuingCodes.CsvRowIdMissing, RowId, "The row id is missing.", record));
        }
        else if (!seenIds.TryAdd(rowId, record.Row))
        {
            problems.Add(Problem(IssuingCodes.CsvRowIdDuplicate, RowId, $"The row id '{rowId}' is already used on row {seenIds[rowId]}.", record));
        }

        var email = Get(Email);
        if (!Learners.IsEmail(email))
        {
            problems.Add(Problem(IssuingCodes.EmailInvalid, Email, $"'{email}' is not an e-mail address.", record));
        }
        else if (!seenEmails.TryAdd(Learners.Normalize(email), record.Row))
        {
            problems.Add(Problem(IssuingCodes.CsvLearnerDuplicate, Email, $"The learner {email} is already on row {seenEmails[Learners.Normalize(email)]}.", record));
        }

        var name = Get(Name);
        if (name.Length == 0)
        {
            problems.Add(Problem(IssuingCodes.NameMissing, Name, "The learner's name is missing.", record));
        }

        DateTimeOffset? issueDate = null;
        if (Get(IssueDate) is { Length: > 0 } dateText)
        {
            if (DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                issueDate = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            }
            else if (DateTimeOffset.TryParse(dateText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dateTime) && dateText.Contains('T', StringComparison.Ordinal))
            {
                issueDate = dateTime;
            }
            else
            {
                problems.Add(Problem(IssuingCodes.CsvDateInvalid, IssueDate, $"'{dateText}' is not a date (YYYY-MM-DD).", record));
            }
        }

        var evidence = Get(EvidenceUrl);
        if (evidence.Length > 0 && !MasteryRule.IsHttpUrl(evidence))
        {
            problems.Add(Problem(IssuingCodes.EvidenceUrlInvalid, EvidenceUrl, $"'{evidence}' is not an absolute http(s) URL.", record));
        }

        bool? masteredAll = Get(MasteredAll).ToLowerInvariant() switch
        {
            "" => null,
            "yes" or "true" or "y" or "1" => true,
            "no" or "false" or "n" or "0" => false,
            var other => Invalid(other),
        };

        bool? Invalid(string other)
        {
            problems.Add(Problem(IssuingCodes.CsvBooleanInvalid, MasteredAll, $"'{other}' is not yes or no.", record));
            return null;
        }

        if (problems.Any(p => p.Code == IssuingCodes.CsvBooleanInvalid))
        {
            // Without a readable mastered_all, the competencies cannot be judged; that one problem is the row's.
            return null;
        }

        var assessor = Get(Assessor) is { Length: > 0 } a ? a : null;
        List<EvidenceLink> links = evidence.Length > 0 ? [new EvidenceLink { Url = evidence }] : [];
        var results = new List<CompetencyResult>();
        foreach (var competency in microcredential.Competencies)
        {
            var level = Get(LevelPrefix + competency.Id) is { Length: > 0 } l ? l : null;
            var value = Get(ResultPrefix + competency.Id) is { Length: > 0 } v ? v : null;
            if (masteredAll == true && level is null)
            {
                level = competency.RequiredProficiency?.Level;
            }

            if (level is not null && competency.RequiredProficiency is { } requirement && !ProficiencyScales.IsLevel(requirement, level))
            {
                problems.Add(Problem(IssuingCodes.LevelUnknown, LevelPrefix + competency.Id, $"'{level}' is not a level of the scale '{requirement.Scale}'.", record));
                continue;
            }

            var mastered = MasteryRule.IsMastered(competency, level, value, masteredAll == true ? true : null);
            if (!mastered)
            {
                problems.Add(Problem(IssuingCodes.NotMastered, competency.RequiredProficiency is null ? ResultPrefix + competency.Id : LevelPrefix + competency.Id,
                    $"The competency '{competency.Id}' is not mastered at its required level.", record));
                continue;
            }

            results.Add(new CompetencyResult
            {
                CompetencyId = competency.Id,
                ProficiencyLevel = level,
                Result = value,
                Mastered = true,
                Assessor = assessor,
                Evidence = links,
                AssessedAt = issueDate,
            });
        }

        return problems.Count > 0 ? null : new BulkRow(record.Row, rowId, Learners.Normalize(email), name, results, issueDate);
    }

    private static IssuingProblem Problem(string code, string? field, string message, CsvRecord record) => new(code, field, message, record.Row);
}
