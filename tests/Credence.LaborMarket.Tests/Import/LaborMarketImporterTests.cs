using System.IO.Compression;
using System.Text;
using Credence.Domain.Common;
using Credence.Domain.LaborMarket;

namespace Credence.LaborMarket.Tests.Import;

public sealed class LaborMarketImporterTests : IDisposable
{
    private const string OewsHeader = "AREA,AREA_TITLE,AREA_TYPE,PRIM_STATE,NAICS,NAICS_TITLE,I_GROUP,OWN_CODE,OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,EMP_PRSE,JOBS_1000,LOC_QUOTIENT,PCT_TOTAL,PCT_RPT,H_MEAN,A_MEAN,MEAN_PRSE,H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90,ANNUAL,HOURLY";
    private const string MetroRow = "18140,\"Columbus, OH\",4,OH,000000,Cross-industry,cross-industry,1235,15-1232,Computer User Support Specialists,detailed,5230,4.1,4.9,0.95,,,29.10,60530,1.2,18.5,22.1,27.9,35.0,44.0,38480,45970,58030,72800,91520,,";
    private const string MetroTotalRow = "18140,\"Columbus, OH\",4,OH,000000,Cross-industry,cross-industry,1235,00-0000,All Occupations,total,1100000,0.5,1000,1.0,,,30.00,62400,0.4,14.0,18.0,24.0,37.0,58.0,29120,37440,49920,76960,120640,,";

    private readonly TemporaryDirectory _directory = new();

    private string DataDirectory => Path.Combine(_directory.Path, "data");

    private string CurrentPath => LaborMarketImporter.CurrentDatasetPath(DataDirectory);

    public void Dispose() => _directory.Dispose();

    private Task<ImportReport> Import(LaborMarketImportKind kind, string file) =>
        LaborMarketImporter.ImportAsync(kind, file, DataDirectory, cancellationToken: TestContext.Current.CancellationToken);

    [Fact]
    public async Task OEWS_national_extract_replaces_the_national_wages_and_records_its_vintage()
    {
        var report = await Import(LaborMarketImportKind.Oews, Fixtures.Path("oews/national_M2024_dl_extract.csv"));

        Assert.True(report.Succeeded, string.Join("\n", report.Problems));
        Assert.Equal(8, report.Rows);
        var data = LaborMarketDataset.LoadFile(CurrentPath);
        Assert.Equal(60340m, data.FindWages("15-1232", RegionRef.UnitedStates)?.MedianAnnual);
        Assert.Null(data.FindWages("15-1231", RegionRef.UnitedStates));
        Assert.Equal(AreaLevel.State, data.FindWages("15-1231", new RegionRef("US", "OH"))?.AreaLevel);
        Assert.Contains("BLS OEWS May 2024, national", data.Vintage.Sources);
    }

    [Fact]
    public async Task OEWS_metro_file_adds_metro_wages_and_the_metro_benchmark()
    {
        var file = _directory.Write("MSA_M2024_dl.csv", string.Join("\n", OewsHeader, MetroTotalRow, MetroRow) + "\n");

        var report = await Import(LaborMarketImportKind.Oews, file);

        Assert.True(report.Succeeded, string.Join("\n", report.Problems));
        var data = LaborMarketDataset.LoadFile(CurrentPath);
        var columbus = new RegionRef("US", "OH", "18140");
        var wages = data.FindWages("15-1232", columbus);
        Assert.Equal(AreaLevel.Metro, wages?.AreaLevel);
        Assert.Equal("Columbus, OH", wages?.AreaName);
        Assert.Equal(58030m, wages?.MedianAnnual);
        Assert.Equal(49920m, data.FindWageThreshold(columbus)?.AnnualAmount);
        Assert.Equal(AreaLevel.State, data.FindWages("29-1141", columbus)?.AreaLevel);
    }

    [Fact]
    public async Task BLS_special_values_are_read_as_not_available_and_top_coded()
    {
        var row = "99,U.S.,1,US,000000,Cross-industry,cross-industry,1235,29-1211,Anesthesiologists,detailed,**,5.1,,,,,*,*,1.0,*,*,#,#,#,*,186680,#,#,#,,";
        var file = _directory.Write("national_M2024_dl.csv", OewsHeader + "\n" + row + "\n");

        var report = await Import(LaborMarketImportKind.Oews, file);

        Assert.True(report.Succeeded, string.Join("\n", report.Problems));
        var wages = LaborMarketDataset.LoadFile(CurrentPath).FindWageDetail("29-1211", RegionRef.UnitedStates);
        Assert.True(wages?.Facts.MedianIsTopCoded);
        Assert.Null(wages?.Facts.Employment);
        Assert.Null(wages?.Mean);
        Assert.Equal(186680m, wages?.Facts.Percentile25Annual);
    }

    [Fact]
    public async Task Wrong_headers_are_reported_and_nothing_is_written()
    {
        var file = _directory.Write("oews.csv", "AREA,OCCUPATION,MEDIAN\n99,15-1232,60340\n");

        var report = await Import(LaborMarketImportKind.Oews, file);

        Assert.False(report.Succeeded);
        Assert.All(report.Problems, p => Assert.Equal(LaborMarketCodes.MissingColumn, p.Code));
        Assert.Contains(report.Problems, p => p.Column == "OCC_CODE" && p.Line == 1);
        Assert.False(File.Exists(CurrentPath));
    }

    [Fact]
    public async Task A_bad_number_is_reported_by_line_and_the_current_dataset_is_kept()
    {
        await Import(LaborMarketImportKind.Oews, Fixtures.Path("oews/national_M2024_dl_extract.csv"));
        var before = await File.ReadAllBytesAsync(CurrentPath, TestContext.Current.CancellationToken);
        var bad = MetroRow.Replace("58030", "58O30", StringComparison.Ordinal);
        var file = _directory.Write("MSA_M2024_dl.csv", string.Join("\n", OewsHeader, MetroTotalRow, bad) + "\n");

        var report = await Import(LaborMarketImportKind.Oews, file);

        var problem = Assert.Single(report.Problems);
        Assert.Equal(LaborMarketCodes.BadNumber, problem.Code);
        Assert.Equal(3, problem.Line);
        Assert.Equal("A_MEDIAN", problem.Column);
        Assert.Equal(before, await File.ReadAllBytesAsync(CurrentPath, TestContext.Current.CancellationToken));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(CurrentPath)!));
    }

    [Fact]
    public async Task A_file_cut_off_inside_a_quoted_field_is_reported_as_truncated()
    {
        var cut = MetroRow[..MetroRow.IndexOf("Columbus", StringComparison.Ordinal)];
        var file = _directory.Write("MSA_M2024_dl.csv", string.Join("\n", OewsHeader, MetroTotalRow, cut));

        var report = await Import(LaborMarketImportKind.Oews, file);

        Assert.Contains(report.Problems, p => p.Code == LaborMarketCodes.Truncated && p.Line == 3);
        Assert.False(File.Exists(CurrentPath));
    }

    [Fact]
    public async Task A_file_cut_off_mid_row_is_reported_as_truncated()
    {
        var file = _directory.Write("MSA_M2024_dl.csv", string.Join("\n", OewsHeader, MetroTotalRow, MetroRow[..120]));

        var report = await Import(LaborMarketImportKind.Oews, file);

        Assert.Equal(LaborMarketCodes.Truncated, Assert.Single(report.Problems).Code);
    }

    [Fact]
    public async Task Malformed_codes_and_empty_files_are_reported()
    {
        var badCode = _directory.Write("a.csv", OewsHeader + "\n" + MetroRow.Replace("15-1232", "151232", StringComparison.Ordinal) + "\n");
        var empty = _directory.Write("b.csv", "");

        var badCodeReport = await Import(LaborMarketImportKind.Oews, badCode);
        var emptyReport = await Import(LaborMarketImportKind.Oews, empty);

        Assert.Contains(badCodeReport.Problems, p => p.Code == LaborMarketCodes.BadCode && p.Column == "OCC_CODE");
        Assert.Equal(LaborMarketCodes.FileEmpty, Assert.Single(emptyReport.Problems).Code);
        Assert.False(File.Exists(CurrentPath));
    }

    [Fact]
    public async Task A_missing_file_is_unreadable()
    {
        var report = await Import(LaborMarketImportKind.CipSoc, Path.Combine(_directory.Path, "nope.csv"));

        Assert.Equal(LaborMarketCodes.Unreadable, Assert.Single(report.Problems).Code);
    }

    [Fact]
    public async Task Projections_extract_imports_outlook_with_its_period()
    {
        var report = await Import(LaborMarketImportKind.Projections, Fixtures.Path("projections/ep_table_1_7_extract.csv"));

        Assert.True(report.Succeeded, string.Join("\n", report.Problems));
        var outlook = LaborMarketDataset.LoadFile(CurrentPath).FindOutlook("29-1141");
        Assert.Equal(5.6m, outlook?.EmploymentChangePercent);
        Assert.Equal(193_100m, outlook?.AnnualOpenings);
        Assert.Equal("2022–32", outlook?.Period);
    }

    [Fact]
    public async Task CIP_SOC_extract_imports_links_without_the_no_match_rows()
    {
        var report = await Import(LaborMarketImportKind.CipSoc, Fixtures.Path("cip-soc/cip2020_soc2018_crosswalk_extract.csv"));

        Assert.Equal(4, report.Rows);
        var data = LaborMarketDataset.LoadFile(CurrentPath);
        Assert.Equal(["11.1006"], data.FindProgramsForOccupation("15-1232").Select(l => l.CipCode));
    }

    [Fact]
    public async Task CIP_codes_in_Excel_text_wrappers_are_unwrapped_and_bad_codes_reported()
    {
        var file = _directory.Write("cip.csv", "CIP2020Code,CIP2020Title,SOC2018Code,SOC2018Title\n\"=\"\"11.1006\"\"\",Computer Support Specialist.,15-1232,Computer User Support Specialists\n11.10,Bad.,15-1232,Computer User Support Specialists\n");

        var report = await Import(LaborMarketImportKind.CipSoc, file);

        var problem = Assert.Single(report.Problems);
        Assert.Equal(LaborMarketCodes.BadCode, problem.Code);
        Assert.Equal(3, problem.Line);
    }

    [Fact]
    public async Task ONET_CSV_extract_folder_imports_occupations_ratings_and_technology()
    {
        var report = await Import(LaborMarketImportKind.Onet, Fixtures.Path("onet"));

        Assert.True(report.Succeeded, string.Join("\n", report.Problems));
        var data = LaborMarketDataset.LoadFile(CurrentPath);
        Assert.Equal(2, data.OccupationCount);
        Assert.Equal(4, data.FindOccupation("29-1141")?.JobZone);
        Assert.Contains(data.FindSkills("15-1232.00"), s => s.Code == "2.A.1.a" && s.Importance == 4m && s.Level == 4m);
        Assert.Contains(data.FindSkills("15-1232.00"), s => s.Category == "technology");
    }

    [Fact]
    public async Task ONET_text_release_zip_in_the_official_long_format_is_imported()
    {
        var zip = WriteZip("db_29_2_text.zip", new()
        {
            ["db_29_2_text/Occupation Data.txt"] = "O*NET-SOC Code\tTitle\tDescription\n15-1232.00\tComputer User Support Specialists\tProvide technical assistance.\n",
            ["db_29_2_text/Skills.txt"] = "O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tData Value\tN\n15-1232.00\t2.A.1.a\tReading Comprehension\tIM\t4.00\t8\n15-1232.00\t2.A.1.a\tReading Comprehension\tLV\t4.12\t8\n",
            ["db_29_2_text/Knowledge.txt"] = "O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tData Value\tN\n15-1232.00\t2.C.3.a\tComputers and Electronics\tIM\t4.60\t21\n15-1232.00\t2.C.3.a\tComputers and Electronics\tLV\t5.10\t21\n",
        });

        var report = await Import(LaborMarketImportKind.Onet, zip);

        Assert.True(report.Succeeded, string.Join("\n", report.Problems));
        Assert.StartsWith("O*NET 29.2 Database", report.Vintage, StringComparison.Ordinal);
        var skills = LaborMarketDataset.LoadFile(CurrentPath).FindSkills("15-1232");
        Assert.Equal(("2.C.3.a", 4.6m, 5.1m), (skills[0].Code, skills[0].Importance!.Value, skills[0].Level!.Value));
        Assert.Equal(("2.A.1.a", 4m, 4.12m), (skills[1].Code, skills[1].Importance!.Value, skills[1].Level!.Value));
    }

    [Fact]
    public async Task ONET_release_without_a_required_table_is_refused()
    {
        var zip = WriteZip("db.zip", new() { ["Occupation Data.txt"] = "O*NET-SOC Code\tTitle\tDescription\n15-1232.00\tX\tY\n" });

        var report = await Import(LaborMarketImportKind.Onet, zip);

        Assert.Equal(2, report.Problems.Count(p => p.Code == LaborMarketCodes.MissingTable));
        Assert.False(File.Exists(CurrentPath));
    }

    [Fact]
    public async Task A_file_that_is_not_a_zip_is_unreadable_as_an_ONET_release()
    {
        var file = _directory.Write("db.zip", "not a zip");

        var report = await Import(LaborMarketImportKind.Onet, file);

        Assert.Equal(LaborMarketCodes.Unreadable, Assert.Single(report.Problems).Code);
    }

    [Fact]
    public async Task Progress_is_reported_through_to_done()
    {
        var stages = new List<string>();
        var progress = new SynchronousProgress(p => stages.Add(p.Stage));

        await LaborMarketImporter.ImportAsync(LaborMarketImportKind.CipSoc, Fixtures.Path("cip-soc/cip2020_soc2018_crosswalk_extract.csv"), DataDirectory, progress, TestContext.Current.CancellationToken);

        Assert.Equal(["reading", "validating", "writing", "done"], stages);
    }

    [Theory]
    [InlineData("onet", LaborMarketImportKind.Onet)]
    [InlineData("OEWS", LaborMarketImportKind.Oews)]
    [InlineData("projections", LaborMarketImportKind.Projections)]
    [InlineData("cip-soc", LaborMarketImportKind.CipSoc)]
    public void Kind_names_parse_case_insensitively(string text, LaborMarketImportKind expected)
    {
        Assert.True(LaborMarketImporter.TryParseKind(text, out var kind));
        Assert.Equal(expected, kind);
    }

    private string WriteZip(string name, Dictionary<string, string> entries)
    {
        var path = Path.Combine(_directory.Path, name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (entryName, text) in entries)
        {
            using var writer = new StreamWriter(zip.CreateEntry(entryName).Open(), Encoding.UTF8);
            writer.Write(text);
        }

        return path;
    }

    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
