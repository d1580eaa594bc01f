using System.IO.Compression;
using System.Security;
using System.Text;
using Credence.Domain.Common;

namespace Credence.LaborMarket.Tests.Import;

public sealed class XlsxImportTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    private string DataDirectory => Path.Combine(_directory.Path, "data");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task OEWS_workbook_is_read_from_the_sheet_with_the_header_below_its_title_rows()
    {
        var file = WriteWorkbook("national_M2024_dl.xlsx",
            ("Notes", [["OEWS May 2024 national estimates"]]),
            ("national_M2024_dl",
            [
                ["Occupational Employment and Wage Statistics"],
                ["AREA", "AREA_TITLE", "AREA_TYPE", "OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "A_MEAN", "A_PCT25", "A_MEDIAN", "HOURLY"],
                ["99", "U.S.", "1", "15-1232", "Computer User Support Specialists", "detailed", "697210", "63940", "47580", "60340", ""],
                ["99", "U.S.", "1", "29-1211", "Anesthesiologists", "detailed", "**", "*", "186680", "#", ""],
            ]));

        var report = await LaborMarketImporter.ImportAsync(LaborMarketImportKind.Oews, file, DataDirectory, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(report.Succeeded, string.Join("\n", report.Problems));
        var data = LaborMarketDataset.LoadFile(report.DatasetPath!);
        Assert.Equal(60340m, data.FindWages("15-1232", RegionRef.UnitedStates)?.MedianAnnual);
        Assert.True(data.FindWages("29-1211", RegionRef.UnitedStates)?.MedianIsTopCoded);
    }

    [Fact]
    public async Task Problems_in_a_workbook_are_located_by_sheet_and_Excel_row()
    {
        var file = WriteWorkbook("cip.xlsx",
            ("CIP-SOC",
            [
                ["CIP2020Code", "CIP2020Title", "SOC2018Code", "SOC2018Title"],
                ["11.1006", "Computer Support Specialist.", "15-1232", "Computer User Support Specialists"],
                ["11.1006", "Computer Support Specialist.", "15-12XX", "Computer User Support Specialists"],
            ]));

        var report = await LaborMarketImporter.ImportAsync(LaborMarketImportKind.CipSoc, file, DataDirectory, cancellationToken: TestContext.Current.CancellationToken);

        var problem = Assert.Single(report.Problems);
        Assert.Equal((LaborMarketCodes.BadCode, 3, "cip.xlsx[CIP-SOC]"), (problem.Code, problem.Line, problem.File));
        Assert.False(File.Exists(LaborMarketImporter.CurrentDatasetPath(DataDirectory)));
    }

    [Fact]
    public async Task A_file_named_xlsx_that_is_not_a_workbook_is_unreadable()
    {
        var file = _directory.Write("broken.xlsx", "AREA,OCC_CODE\n");

        var report = await LaborMarketImporter.ImportAsync(LaborMarketImportKind.Oews, file, DataDirectory, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(LaborMarketCodes.Unreadable, Assert.Single(report.Problems).Code);
    }

    /// <summary>Writes a minimal workbook: text cells as shared strings (odd columns) or inline strings (even), numbers as numbers.</summary>
    private string WriteWorkbook(string name, params (string Name, string[][] Rows)[] sheets)
    {
        var path = Path.Combine(_directory.Path, name);
        var shared = new List<string>();
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        var workbook = new StringBuilder("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
        var rels = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (var s = 0; s < sheets.Length; s++)
        {
            workbook.Append(System.Globalization.CultureInfo.InvariantCulture, $"<sheet name=\"{sheets[s].Name}\" sheetId=\"{s + 1}\" r:id=\"rId{s + 1}\"/>");
            rels.Append(System.Globalization.CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{s + 1}\" Type=\"worksheet\" Target=\"worksheets/sheet{s + 1}.xml\"/>");
            var sheet = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            for (var r = 0; r < sheets[s].Rows.Length; r++)
            {
                sheet.Append(System.Globalization.CultureInfo.InvariantCulture, $"<row r=\"{r + 1}\">");
                for (var c = 0; c < sheets[s].Rows[r].Length; c++)
                {
                    var value = sheets[s].Rows[r][c];
                    var reference = $"{(char)('A' + c)}{r + 1}";
                    if (value.Length == 0)
                    {
                        continue;
                    }

                    if (decimal.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _))
                    {
                        sheet.Append(System.Globalization.CultureInfo.InvariantCulture, $"<c r=\"{reference}\"><v>{value}</v></c>");
                    }
                    else if (c % 2 == 0)
                    {
                        shared.Add(value);
                        sheet.Append(System.Globalization.CultureInfo.InvariantCulture, $"<c r=\"{reference}\" t=\"s\"><v>{shared.Count - 1}</v></c>");
                    }
                    else
                    {
                        sheet.Append(System.Globalization.CultureInfo.InvariantCulture, $"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(value)}</t></is></c>");
                    }
                }

                sheet.Append("</row>");
            }

            sheet.Append("</sheetData></worksheet>");
            Write(zip, $"xl/worksheets/sheet{s + 1}.xml", sheet.ToString());
        }

        Write(zip, "xl/workbook.xml", workbook.Append("</sheets></workbook>").ToString());
        Write(zip, "xl/_rels/workbook.xml.rels", rels.Append("</Relationships>").ToString());
        var strings = new StringBuilder("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        foreach (var text in shared)
        {
            strings.Append(System.Globalization.CultureInfo.InvariantCulture, $"<si><r><t>{SecurityElement.Escape(text[..(text.Length / 2)])}</t></r><r><t xml:space=\"preserve\">{SecurityElement.Escape(text[(text.Length / 2)..])}</t></r></si>");
        }

        Write(zip, "xl/sharedStrings.xml", strings.Append("</sst>").ToString());
        return path;
    }

    private static void Write(ZipArchive zip, string entry, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(entry).Open(), new UTF8Encoding(false));
        writer.Write(xml);
    }
}
