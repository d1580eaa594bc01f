using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Credence.Domain.LaborMarket;
using Credence.LaborMarket.Csv;
using Credence.LaborMarket.Import;
using Credence.LaborMarket.Model;
using Credence.LaborMarket.Storage;
using Credence.LaborMarket.Xlsx;

namespace Credence.LaborMarket;

/// <summary>Imports official labor-market files into the dataset of a data folder: validates every row, then writes a new dataset file and atomically replaces the current one, so a failed import changes nothing.</summary>
public static partial class LaborMarketImporter
{
    /// <summary>The folder, under a data folder, that holds the imported dataset.</summary>
    public const string FolderName = "labor-market";

    /// <summary>The file name of the current dataset in <see cref="FolderName"/>.</summary>
    public const string CurrentFileName = "current.bin.gz";

    [GeneratedRegex(@"M(\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex OewsYear();

    [GeneratedRegex(@"(\d{2})_(\d)", RegexOptions.CultureInvariant)]
    private static partial Regex OnetRelease();

    /// <summary>The path of the current dataset file of a data folder (which may not exist yet).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataDirectory"/> is null.</exception>
    public static string CurrentDatasetPath(string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        return Path.Combine(dataDirectory, FolderName, CurrentFileName);
    }

    /// <summary>Parses a kind name as typed on the command line: <c>onet</c>, <c>oews</c>, <c>projections</c>, <c>cip-soc</c>.</summary>
    public static bool TryParseKind(string? text, out LaborMarketImportKind kind)
    {
        switch (text?.ToLowerInvariant())
        {
            case "onet":
                kind = LaborMarketImportKind.Onet;
                return true;
            case "oews":
                kind = LaborMarketImportKind.Oews;
                return true;
            case "projections":
                kind = LaborMarketImportKind.Projections;
                return true;
            case "cip-soc":
                kind = LaborMarketImportKind.CipSoc;
                return true;
            default:
                kind = default;
                return false;
        }
    }

    /// <summary>Imports a file into the data folder's dataset (starting from the embedded dataset when the folder has none yet).</summary>
    /// <param name="kind">What the file is.</param>
    /// <param name="sourcePath">The file (for O*NET: a zip or a folder of tables).</param>
    /// <param name="dataDirectory">The data folder.</param>
    /// <param name="progress">Receives progress, when given.</param>
    /// <param name="cancellationToken">Cancels the import before anything is replaced.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="IOException">The data folder cannot be written.</exception>
    public static async Task<ImportReport> ImportAsync(
        LaborMarketImportKind kind,
        string sourcePath,
        string dataDirectory,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sourcePath);
        ArgumentNullException.ThrowIfNull(dataDirectory);
        var problems = new List<ImportProblem>();
        var fileName = Path.GetFileName(sourcePath.TrimEnd('/', '\\'));
        progress?.Report(new ImportProgress("reading", 0));
        if (!File.Exists(sourcePath) && !(kind == LaborMarketImportKind.Onet && Directory.Exists(sourcePath)))
        {
            problems.Add(new ImportProblem(LaborMarketCodes.Unreadable, "The file does not exist.", fileName, 0));
            return new ImportReport(kind, sourcePath, 0, problems, null, null);
        }

        var current = CurrentDatasetPath(dataDirectory);
        var baseline = File.Exists(current) ? LaborMarketDataset.LoadFile(current).Data : LaborMarketDataset.Embedded.Data;
        progress?.Report(new ImportProgress("validating", 20));
        var (updated, rows, vintage) = kind switch
        {
            LaborMarketImportKind.Onet => await ImportOnetAsync(baseline, sourcePath, fileName, problems, cancellationToken).ConfigureAwait(false),
            LaborMarketImportKind.Oews => ImportOews(baseline, await OpenTableAsync(sourcePath, fileName, "OCC_CODE", problems, cancellationToken).ConfigureAwait(false), fileName, problems),
            LaborMarketImportKind.Projections => ImportProjections(baseline, await OpenTableAsync(sourcePath, fileName, "National Employment Matrix code", problems, cancellationToken).ConfigureAwait(false), problems),
            _ => ImportCipSoc(baseline, await OpenTableAsync(sourcePath, fileName, "CIP2020Code", problems, cancellationToken).ConfigureAwait(false), fileName, problems),
        };
        if (problems.Count > 0)
        {
            return new ImportReport(kind, sourcePath, 0, problems, null, null);
        }

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new ImportProgress("writing", 70));
        var folder = Path.Combine(dataDirectory, FolderName);
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $"import-{Path.GetRandomFileName()}.tmp");
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                using var buffer = new MemoryStream();
                DatasetWriter.Write(updated, buffer, CompressionLevel.Fastest);
                buffer.Position = 0;
                await buffer.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            File.Move(temporary, current, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }

        progress?.Report(new ImportProgress("done", 100));
        return new ImportReport(kind, sourcePath, rows, problems, current, vintage);
    }

    /// <summary>Opens a CSV file, or the sheet of an .xlsx workbook whose header row (within its first 20 rows) has a cell containing <paramref name="headerKey"/>; rows above the header (titles) are dropped.</summary>
    private static async Task<TableReader> OpenTableAsync(string path, string fileName, string headerKey, List<ImportProblem> problems, CancellationToken cancellationToken)
    {
        if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return new TableReader(fileName, await ReadTextAsync(path, cancellationToken).ConfigureAwait(false), problems);
        }

        IReadOnlyList<(string Name, List<CsvRecord> Records)> sheets;
        try
        {
            using var zip = await ZipFile.OpenReadAsync(path, cancellationToken).ConfigureAwait(false);
            sheets = XlsxReader.ReadSheets(zip);
        }
        catch (Exception ex) when (ex is InvalidDataException or System.Xml.XmlException)
        {
            problems.Add(new ImportProblem(LaborMarketCodes.Unreadable, "The file is not a readable .xlsx workbook.", fileName, 0));
            return new TableReader(fileName, [], []);
        }

        foreach (var (name, records) in sheets)
        {
            var header = records.Take(20).ToList().FindIndex(r => r.Fields.Any(f => f.Contains(headerKey, StringComparison.OrdinalIgnoreCase)));
            if (header >= 0)
            {
                // A sheet stores no trailing empty cells, so short rows are padded to the header's width.
                var width = records[header].Fields.Length;
                var padded = records[header..]
                    .Select(r => r.Fields.Length < width ? r with { Fields = [.. r.Fields, .. Enumerable.Repeat("", width - r.Fields.Length)] } : r)
                    .ToList();
                return new TableReader($"{fileName}[{name}]", padded, problems);
            }
        }

        return new TableReader(sheets.Count > 0 ? $"{fileName}[{sheets[0].Name}]" : fileName, sheets.Count > 0 ? sheets[0].Records : [], problems);
    }

    private static async Task<string> ReadTextAsync(string path, CancellationToken cancellationToken) =>
        await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken).ConfigureAwait(false);

    private static Dictionary<string, string> WithVintage(LaborMarketData data, string section, string vintage, string? extraKey = null, string? extraValue = null)
    {
        var vintages = new Dictionary<string, string>(data.Vintages, StringComparer.Ordinal) { [section] = vintage };
        if (extraKey is not null && extraValue is not null)
        {
            vintages[extraKey] = extraValue;
        }

        return vintages;
    }

    private static async Task<(LaborMarketData, int, string?)> ImportOnetAsync(LaborMarketData baseline, string path, string fileName, List<ImportProblem> problems, CancellationToken cancellationToken)
    {
        var tables = new List<OnetTable>();
        if (Directory.Exists(path))
        {
            foreach (var file in Directory.EnumerateFiles(path).Order(StringComparer.Ordinal))
            {
                if (file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
                {
                    tables.Add(new OnetTable(Path.GetFileName(file), await ReadTextAsync(file, cancellationToken).ConfigureAwait(false)));
                }
            }
        }
        else
        {
            try
            {
                using var zip = await ZipFile.OpenReadAsync(path, cancellationToken).ConfigureAwait(false);
                foreach (var entry in zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
                {
                    if (entry.FullName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
                    {
                        using var reader = new StreamReader(await entry.OpenAsync(cancellationToken).ConfigureAwait(false), Encoding.UTF8);
                        tables.Add(new OnetTable(entry.FullName, await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false)));
                    }
                }
            }
            catch (InvalidDataException)
            {
                problems.Add(new ImportProblem(LaborMarketCodes.Unreadable, "The file is not a readable zip archive.", fileName, 0));
                return (baseline, 0, null);
            }
        }

        var onet = OnetParser.Parse(tables, problems);
        var release = OnetRelease().Match(fileName);
        var vintage = release.Success ? $"O*NET {release.Groups[1].Value.TrimStart('0')}.{release.Groups[2].Value} Database, USDOL/ETA, CC BY 4.0" : $"O*NET Database ({fileName}), USDOL/ETA, CC BY 4.0";
        var updated = baseline with
        {
            Occupations = onet.Occupations,
            Elements = onet.Elements,
            Ratings = onet.Ratings,
            TechnologySkills = onet.TechnologySkills,
            Vintages = WithVintage(baseline, DataSections.Onet, vintage),
        };
        return (updated, onet.Occupations.Count + onet.Ratings.Count + onet.TechnologySkills.Count, vintage);
    }

    private static (LaborMarketData, int, string?) ImportOews(LaborMarketData baseline, TableReader table, string fileName, List<ImportProblem> problems)
    {
        var year = OewsYear().Match(fileName);
        var label = year.Success ? $"BLS OEWS May {year.Groups[1].Value}" : $"BLS OEWS ({fileName})";
        var rows = OewsParser.Parse(table, label, problems);
        var levels = rows.Select(r => r.Level).Distinct().ToHashSet();
        var vintages = new Dictionary<string, string>(baseline.Vintages, StringComparer.Ordinal);
        foreach (var level in levels)
        {
            var section = level switch
            {
                AreaLevel.National => DataSections.WagesNational,
                AreaLevel.State => DataSections.WagesState,
                _ => DataSections.WagesMetro,
            };
            vintages[section] = $"{label}, {rows.First(r => r.Level == level).Source.Split(", ")[^1]}";
        }

        var updated = baseline with
        {
            Wages = [.. baseline.Wages.Where(w => !levels.Contains(w.Level)), .. rows],
            Vintages = vintages,
        };
        return (updated, rows.Count, label);
    }

    private static (LaborMarketData, int, string?) ImportProjections(LaborMarketData baseline, TableReader table, List<ImportProblem> problems)
    {
        var (rows, period) = ProjectionsParser.Parse(table, problems);
        var vintage = $"BLS Employment Projections {period}";
        var updated = baseline with { Projections = rows, Vintages = WithVintage(baseline, DataSections.Projections, vintage, DataSections.ProjectionsPeriod, period) };
        return (updated, rows.Count, vintage);
    }

    private static (LaborMarketData, int, string?) ImportCipSoc(LaborMarketData baseline, TableReader table, string fileName, List<ImportProblem> problems)
    {
        var rows = CipSocParser.Parse(table, problems);
        var vintage = $"NCES CIP 2020–SOC 2018 crosswalk ({fileName})";
        var updated = baseline with { CipSoc = rows, Vintages = WithVintage(baseline, DataSections.CipSoc, vintage) };
        return (updated, rows.Count, vintage);
    }
}
