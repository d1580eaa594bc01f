using Credence.LaborMarket.Model;

namespace Credence.LaborMarket.Import;

/// <summary>Reads an O*NET database release: the official tab-delimited text tables (long format with Scale ID) or their CSV conversions (importance and level side by side).</summary>
internal static class OnetParser
{
    public static readonly string[] RequiredTables = ["occupationdata", "skills", "knowledge"];

    public static LaborMarketData Parse(IReadOnlyList<OnetTable> tables, List<ImportProblem> problems)
    {
        var byKey = new Dictionary<string, OnetTable>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            byKey.TryAdd(table.Key, table);
        }

        foreach (var required in RequiredTables)
        {
            if (!byKey.ContainsKey(required))
            {
                problems.Add(new ImportProblem(LaborMarketCodes.MissingTable, $"The release has no '{required}' table.", "(release)", 0));
            }
        }

        if (problems.Count > 0)
        {
            return new LaborMarketData();
        }

        var descriptions = ReadElementDescriptions(byKey, problems);
        var jobZones = ReadJobZones(byKey, problems);
        var alternates = ReadAlternateTitles(byKey, problems);
        var occupations = ReadOccupations(byKey["occupationdata"], jobZones, alternates, problems);
        var known = occupations.Select(o => o.OnetSocCode).ToHashSet(StringComparer.Ordinal);
        var elements = new Dictionary<string, ContentElement>(StringComparer.Ordinal);
        var ratings = new List<ElementRating>();
        ReadRatings(byKey["skills"], ElementKind.Skill, descriptions, elements, ratings, known, problems);
        ReadRatings(byKey["knowledge"], ElementKind.Knowledge, descriptions, elements, ratings, known, problems);
        if (byKey.TryGetValue("workstyles", out var workStyles))
        {
            ReadRatings(workStyles, ElementKind.WorkStyle, descriptions, elements, ratings, known, problems);
        }

        var technology = byKey.TryGetValue("technologyskills", out var tech) ? ReadTechnology(tech, known, problems) : [];
        return new LaborMarketData
        {
            Occupations = occupations,
            Elements = [.. elements.Values.OrderBy(e => e.Kind).ThenBy(e => e.Id, StringComparer.Ordinal)],
            Ratings = ratings,
            TechnologySkills = technology,
        };
    }

    private static TableReader Open(OnetTable table, List<ImportProblem> problems) =>
        new(table.FileName, table.Text, problems, table.Delimiter, table.Quoting);

    private static Dictionary<string, string> ReadElementDescriptions(Dictionary<string, OnetTable> tables, List<ImportProblem> problems)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!tables.TryGetValue("contentmodelreference", out var source))
        {
            return result;
        }

        var table = Open(source, problems);
        if (table.Require("Element ID", "Description"))
        {
            foreach (var row in table.Rows())
            {
                result.TryAdd(row.Get("Element ID"), row.Get("Description"));
            }
        }

        return result;
    }

    private static Dictionary<string, int> ReadJobZones(Dictionary<string, OnetTable> tables, List<ImportProblem> problems)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!tables.TryGetValue("jobzones", out var source))
        {
            return result;
        }

        var table = Open(source, problems);
        if (!table.Require("O*NET-SOC Code", "Job Zone"))
        {
            return result;
        }

        foreach (var row in table.Rows())
        {
            var zone = Fields.Number(row, "Job Zone");
            if (zone is >= 1 and <= 5)
            {
                result[row.Get("O*NET-SOC Code")] = (int)zone.Value;
            }
            else if (zone is not null)
            {
                row.Report(LaborMarketCodes.BadNumber, "Job Zone", $"Job zone {zone} is outside 1–5.");
            }
        }

        return result;
    }

    private static Dictionary<string, List<string>> ReadAlternateTitles(Dictionary<string, OnetTable> tables, List<ImportProblem> problems)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (!tables.TryGetValue("alternatetitles", out var source))
        {
            return result;
        }

        var table = Open(source, problems);
        if (!table.Require("O*NET-SOC Code", "Alternate Title"))
        {
            return result;
        }

        foreach (var row in table.Rows())
        {
            var code = row.Get("O*NET-SOC Code");
            if (!result.TryGetValue(code, out var list))
            {
                list = [];
                result[code] = list;
            }

            foreach (var title in new[] { row.Get("Alternate Title"), row.Get("Short Title") })
            {
                if (title.Length > 0 && !list.Contains(title, StringComparer.Ordinal))
                {
                    list.Add(title);
                }
            }
        }

        return result;
    }

    private static List<Occupation> ReadOccupations(OnetTable source, Dictionary<string, int> jobZones, Dictionary<string, List<string>> alternates, List<ImportProblem> problems)
    {
        var table = Open(source, problems);
        var result = new List<Occupation>();
        if (!table.Require("O*NET-SOC Code", "Title", "Description"))
        {
            return result;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows())
        {
            var code = row.Get("O*NET-SOC Code");
            if (!Fields.IsOnetSoc(code))
            {
                row.Report(LaborMarketCodes.BadCode, "O*NET-SOC Code", $"'{code}' is not an O*NET-SOC code (NN-NNNN.NN).");
                continue;
            }

            if (!seen.Add(code))
            {
                row.Report(LaborMarketCodes.DuplicateRow, "O*NET-SOC Code", $"{code} appears twice.");
                continue;
            }

            result.Add(new Occupation(
                code,
                row.Get("Title"),
                row.Get("Description"),
                jobZones.TryGetValue(code, out var zone) ? zone : null,
                alternates.TryGetValue(code, out var titles) ? [.. titles] : []));
        }

        if (result.Count == 0 && problems.Count == 0)
        {
            problems.Add(new ImportProblem(LaborMarketCodes.NoRows, "The occupation table has no rows.", source.FileName, 0));
        }

        return result;
    }

    private static void ReadRatings(
        OnetTable source,
        ElementKind kind,
        Dictionary<string, string> descriptions,
        Dictionary<string, ContentElement> elements,
        List<ElementRating> ratings,
        HashSet<string> known,
        List<ImportProblem> problems)
    {
        var table = Open(source, problems);
        if (!table.Require("O*NET-SOC Code", "Element ID", "Element Name"))
        {
            return;
        }

        var isLong = table.IndexOf("Scale ID") >= 0;
        if (isLong ? !table.Require("Data Value") : !table.Require("Importance (IM)"))
        {
            return;
        }

        var importance = new Dictionary<(string, string), decimal>();
        var level = new Dictionary<(string, string), decimal>();
        var order = new List<(string, string)>();
        foreach (var row in table.Rows())
        {
            var code = row.Get("O*NET-SOC Code");
            if (!known.Contains(code))
            {
                row.Report(LaborMarketCodes.BadCode, "O*NET-SOC Code", $"'{code}' is not an occupation of the release.");
                continue;
            }

            var id = row.Get("Element ID");
            if (!elements.ContainsKey(id))
            {
                elements[id] = new ContentElement(id, row.Get("Element Name"), descriptions.GetValueOrDefault(id, ""), kind);
            }

            var key = (code, id);
            if (isLong)
            {
                var value = Fields.Number(row, "Data Value");
                if (value is null)
                {
                    continue;
                }

                var scale = row.Get("Scale ID");
                if (scale is "IM" or "WI")
                {
                    if (!importance.ContainsKey(key))
                    {
                        order.Add(key);
                    }

                    importance[key] = value.Value;
                }
                else if (scale == "LV")
                {
                    level[key] = value.Value;
                }
            }
            else
            {
                var im = Fields.Number(row, "Importance (IM)");
                if (im is null)
                {
                    continue;
                }

                if (!importance.TryAdd(key, im.Value))
                {
                    row.Report(LaborMarketCodes.DuplicateRow, "Element ID", $"{code} rates {id} twice.");
                    continue;
                }

                order.Add(key);
                if (row.Has("Level (LV)") && Fields.Number(row, "Level (LV)") is { } lv)
                {
                    level[key] = lv;
                }
            }
        }

        foreach (var key in order)
        {
            ratings.Add(new ElementRating(key.Item1, key.Item2, importance[key], level.TryGetValue(key, out var lv) ? lv : null));
        }
    }

    private static List<TechnologySkill> ReadTechnology(OnetTable source, HashSet<string> known, List<ImportProblem> problems)
    {
        var table = Open(source, problems);
        var result = new List<TechnologySkill>();
        if (!table.Require("O*NET-SOC Code", "Example", "Commodity Code", "Commodity Title", "Hot Technology"))
        {
            return result;
        }

        foreach (var row in table.Rows())
        {
            var code = row.Get("O*NET-SOC Code");
            if (!known.Contains(code))
            {
                row.Report(LaborMarketCodes.BadCode, "O*NET-SOC Code", $"'{code}' is not an occupation of the release.");
                continue;
            }

            result.Add(new TechnologySkill(
                code,
                row.Get("Example"),
                row.Get("Commodity Code"),
                row.Get("Commodity Title"),
                Fields.Flag(row, "Hot Technology"),
                row.Has("In Demand") && Fields.Flag(row, "In Demand")));
        }

        return result;
    }
}
