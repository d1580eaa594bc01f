using Credence.Domain.Microcredentials;
using Credence.LaborMarket.Import;
using Credence.LaborMarket.Model;

namespace Credence.LaborMarket.Sources;

/// <summary>Reads the reference extracts (the layout of the project's shared data folder, described in docs/data.md) into one dataset.</summary>
internal static class SharedDataReader
{
    public static LaborMarketData Read(string directory, List<ImportProblem> problems)
    {
        string Text(string relative) => File.ReadAllText(Path.Combine(directory, relative));

        string[] onetFiles = ["occupation_data", "job_zones", "content_model_reference", "skills", "knowledge", "work_styles", "technology_skills", "alternate_titles"];
        var onet = OnetParser.Parse([.. onetFiles.Select(f => new OnetTable($"onet/{f}.csv", Text($"onet/{f}.csv")))], problems);
        var national = OewsParser.Parse("oews/national_M2024_dl.csv", Text("oews/national_M2024_dl.csv"), "BLS OEWS May 2024", problems);
        var states = OewsParser.Parse("oews/state_M2023_subset.csv", Text("oews/state_M2023_subset.csv"), "BLS OEWS May 2023", problems);
        var (projections, period) = ProjectionsParser.Parse(
            "projections/ep_table_1_7_occupational_projections_2022_32.csv",
            Text("projections/ep_table_1_7_occupational_projections_2022_32.csv"),
            problems);
        var cipSoc = CipSocParser.Parse("cip-soc/cip2020_soc2018_crosswalk.csv", Text("cip-soc/cip2020_soc2018_crosswalk.csv"), problems);
        var (escoSkills, transversal) = ReadEscoSkills(directory, problems);
        return onet with
        {
            Wages = [.. national, .. states],
            Projections = projections,
            CipSoc = cipSoc,
            EscoOccupations = ReadEscoOccupations(directory, problems),
            EscoSkills = escoSkills,
            EscoOnet = ReadEscoOnet(directory, problems),
            DurableSkills = [.. transversal, .. ReadOnetDurable(directory, problems)],
            PriceParities = ReadPriceParities(directory, problems),
            Vintages = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [DataSections.Onet] = "O*NET 29.2 Database (February 2025), USDOL/ETA, CC BY 4.0",
                [DataSections.WagesNational] = "BLS OEWS May 2024, national",
                [DataSections.WagesState] = "BLS OEWS May 2023, states (derived subset: no 10th/90th percentiles; some rows mean only)",
                [DataSections.Projections] = $"BLS Employment Projections {period}",
                [DataSections.ProjectionsPeriod] = period,
                [DataSections.CipSoc] = "NCES CIP 2020–SOC 2018 crosswalk",
                [DataSections.Esco] = "ESCO v1.2.0, European Commission",
                [DataSections.EscoOnet] = "Nesta ESCO–O*NET occupation crosswalk (November 2020)",
                [DataSections.PriceParities] = "BEA Regional Price Parities by state (SARPP), 2008–2023",
            },
        };
    }

    private static TableReader Open(string directory, string relative, List<ImportProblem> problems) =>
        new(relative, File.ReadAllText(Path.Combine(directory, relative)), problems);

    private static string[] Labels(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    private static List<EscoOccupation> ReadEscoOccupations(string directory, List<ImportProblem> problems)
    {
        var table = Open(directory, "esco/occupations_en.csv", problems);
        var result = new List<EscoOccupation>();
        if (table.Require("conceptUri", "code", "preferredLabel", "altLabels"))
        {
            foreach (var row in table.Rows())
            {
                var label = row.Get("preferredLabel");
                result.Add(new EscoOccupation(row.Get("conceptUri"), row.Get("code"), label, [.. Labels(row.Get("altLabels")).Where(l => l != label)]));
            }
        }

        return result;
    }

    private static (List<EscoSkill> Skills, List<DurableSkill> Transversal) ReadEscoSkills(string directory, List<ImportProblem> problems)
    {
        var byUri = new Dictionary<string, EscoSkill>(StringComparer.Ordinal);
        var order = new List<string>();
        void Add(string relative, bool collectTransversal, List<DurableSkill> transversal)
        {
            var table = Open(directory, relative, problems);
            if (!table.Require("conceptUri", "preferredLabel", "altLabels", "reuseLevel"))
            {
                return;
            }

            foreach (var row in table.Rows())
            {
                var uri = row.Get("conceptUri");
                var label = row.Get("preferredLabel");
                if (!byUri.ContainsKey(uri))
                {
                    byUri[uri] = new EscoSkill(uri, label, [.. Labels(row.Get("altLabels")).Where(l => l != label)], row.Get("reuseLevel"), 0, 0);
                    order.Add(uri);
                }

                if (collectTransversal)
                {
                    transversal.Add(new DurableSkill(SkillFramework.EscoSkill, uri, label, row.Get("broaderConceptPT")));
                }
            }
        }

        var durable = new List<DurableSkill>();
        Add("esco/skills_cross_sector_and_transversal_subset_en.csv", false, durable);
        Add("esco/collection_transversal_skills_en.csv", true, durable);
        foreach (var collection in new[] { "digital", "digcomp", "green", "language", "research" })
        {
            Add($"esco/collection_{collection}_skills_en.csv", false, durable);
        }

        var byLabel = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var uri in order)
        {
            byLabel.TryAdd(byUri[uri].Label, uri);
        }

        var labelOnly = new List<EscoSkill>();
        var counts = Open(directory, "esco/skill_labels_from_occupation_profiles_en.csv", problems);
        if (counts.Require("skill_label", "occupations_essential", "occupations_optional"))
        {
            foreach (var row in counts.Rows())
            {
                var label = row.Get("skill_label");
                var essential = (int)(Fields.Number(row, "occupations_essential") ?? 0);
                var optional = (int)(Fields.Number(row, "occupations_optional") ?? 0);
                if (byLabel.TryGetValue(label, out var uri))
                {
                    byUri[uri] = byUri[uri] with { OccupationsEssential = essential, OccupationsOptional = optional };
                }
                else
                {
                    labelOnly.Add(new EscoSkill(null, label, [], "", essential, optional));
                }
            }
        }

        return ([.. order.Select(u => byUri[u]), .. labelOnly], durable);
    }

    private static List<EscoOnetLink> ReadEscoOnet(string directory, List<ImportProblem> problems)
    {
        var table = Open(directory, "crosswalks/esco_onet_crosswalk_nesta_Nov2020.csv", problems);
        var result = new List<EscoOnetLink>();
        if (table.Require("concept_uri", "esco_occupation", "onet_code", "confidence"))
        {
            foreach (var row in table.Rows())
            {
                result.Add(new EscoOnetLink(row.Get("concept_uri"), row.Get("esco_occupation"), row.Get("onet_code"), Fields.Number(row, "confidence") ?? 0));
            }
        }

        return result;
    }

    private static List<DurableSkill> ReadOnetDurable(string directory, List<ImportProblem> problems)
    {
        var table = Open(directory, "durable-skills/onet_basic_crossfunctional_skills_and_work_styles.csv", problems);
        var result = new List<DurableSkill>();
        if (table.Require("Element ID", "Element Name", "Group"))
        {
            foreach (var row in table.Rows())
            {
                result.Add(new DurableSkill(SkillFramework.OnetElement, row.Get("Element ID"), row.Get("Element Name"), row.Get("Group")));
            }
        }

        return result;
    }

    private static List<PriceParity> ReadPriceParities(string directory, List<ImportProblem> problems)
    {
        var table = Open(directory, "regional-costs/bea_sarpp_state_2008_2023.csv", problems);
        var result = new List<PriceParity>();
        if (!table.Require("GeoFIPS", "GeoName", "LineCode"))
        {
            return result;
        }

        var years = table.Columns.Where(c => c.Length == 4 && c.All(char.IsAsciiDigit)).ToList();
        foreach (var row in table.Rows())
        {
            if (row.Get("LineCode") != "5")
            {
                continue;
            }

            foreach (var year in years)
            {
                if (Fields.Number(row, year) is { } value)
                {
                    result.Add(new PriceParity(row.Get("GeoFIPS"), row.Get("GeoName"), int.Parse(year, System.Globalization.CultureInfo.InvariantCulture), value));
                }
            }
        }

        return result;
    }
}
