using System.IO.Compression;
using System.Xml;
using Credence.LaborMarket.Csv;

namespace Credence.LaborMarket.Xlsx;

/// <summary>Reads the cell values of an Office Open XML workbook (.xlsx) sheet by sheet, as text records, streaming the sheet XML.</summary>
/// <remarks>Only what the official downloads use: shared, inline and plain strings, numbers and booleans. Formulas give their cached value; a record's line is its Excel row number.</remarks>
internal static class XlsxReader
{
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <exception cref="InvalidDataException">The archive is not a workbook.</exception>
    public static IReadOnlyList<(string Name, List<CsvRecord> Records)> ReadSheets(ZipArchive archive)
    {
        var strings = ReadSharedStrings(archive);
        var targets = ReadRelationships(archive);
        var workbook = archive.GetEntry("xl/workbook.xml") ?? throw new InvalidDataException("The archive has no xl/workbook.xml.");
        var sheets = new List<(string, List<CsvRecord>)>();
        using var stream = workbook.Open();
        using var reader = XmlReader.Create(stream, Settings);
        while (reader.ReadToFollowing("sheet", MainNamespace))
        {
            var name = reader.GetAttribute("name") ?? "";
            var id = reader.GetAttribute("id", RelationshipNamespace) ?? "";
            if (targets.TryGetValue(id, out var target) && archive.GetEntry(target) is { } entry)
            {
                sheets.Add((name, ReadSheet(entry, strings)));
            }
        }

        return sheets;
    }

    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = false };

    private static Dictionary<string, string> ReadRelationships(ZipArchive archive)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (archive.GetEntry("xl/_rels/workbook.xml.rels") is not { } entry)
        {
            return result;
        }

        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, Settings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship")
            {
                var target = (reader.GetAttribute("Target") ?? "").TrimStart('/');
                result[reader.GetAttribute("Id") ?? ""] = target.StartsWith("xl/", StringComparison.Ordinal) ? target : "xl/" + target;
            }
        }

        return result;
    }

    private static List<string> ReadSharedStrings(ZipArchive archive)
    {
        var result = new List<string>();
        if (archive.GetEntry("xl/sharedStrings.xml") is not { } entry)
        {
            return result;
        }

        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, Settings);
        while (reader.ReadToFollowing("si", MainNamespace))
        {
            result.Add(ReadText(reader));
        }

        return result;
    }

    /// <summary>Concatenates the <c>t</c> elements inside the current element (plain or rich text), skipping phonetic runs.</summary>
    private static string ReadText(XmlReader reader)
    {
        using var subtree = reader.ReadSubtree();
        var text = new System.Text.StringBuilder();
        var inPhonetic = 0;
        subtree.Read();
        while (!subtree.EOF)
        {
            if (subtree.NodeType == XmlNodeType.Element && subtree.LocalName == "t" && inPhonetic == 0)
            {
                // ReadElementContentAsString moves past the element, so the loop must not Read() again.
                text.Append(subtree.ReadElementContentAsString());
                continue;
            }

            if (subtree.NodeType == XmlNodeType.Element && subtree.LocalName == "rPh" && !subtree.IsEmptyElement)
            {
                inPhonetic++;
            }
            else if (subtree.NodeType == XmlNodeType.EndElement && subtree.LocalName == "rPh")
            {
                inPhonetic--;
            }

            subtree.Read();
        }

        return text.ToString();
    }

    private static List<CsvRecord> ReadSheet(ZipArchiveEntry entry, List<string> strings)
    {
        var records = new List<CsvRecord>();
        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, Settings);
        while (reader.ReadToFollowing("row", MainNamespace))
        {
            var line = int.TryParse(reader.GetAttribute("r"), System.Globalization.CultureInfo.InvariantCulture, out var r) ? r : records.Count + 1;
            var cells = new List<string>();
            if (!reader.IsEmptyElement)
            {
                using var row = reader.ReadSubtree();
                while (row.Read())
                {
                    if (row.NodeType != XmlNodeType.Element || row.LocalName != "c")
                    {
                        continue;
                    }

                    var column = ColumnIndex(row.GetAttribute("r"), cells.Count);
                    var type = row.GetAttribute("t");
                    var value = ReadCell(row, type, strings);
                    while (cells.Count < column)
                    {
                        cells.Add("");
                    }

                    cells.Add(value);
                }
            }

            records.Add(new CsvRecord(line, [.. cells]));
        }

        return records;
    }

    private static string ReadCell(XmlReader cell, string? type, List<string> strings)
    {
        if (cell.IsEmptyElement)
        {
            return "";
        }

        using var subtree = cell.ReadSubtree();
        while (subtree.Read())
        {
            if (subtree.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (subtree.LocalName == "is")
            {
                return ReadText(subtree);
            }

            if (subtree.LocalName == "v")
            {
                var raw = subtree.ReadElementContentAsString();
                return type switch
                {
                    "s" => int.TryParse(raw, System.Globalization.CultureInfo.InvariantCulture, out var index) && index >= 0 && index < strings.Count ? strings[index] : "",
                    "b" => raw == "1" ? "TRUE" : "FALSE",
                    _ => raw,
                };
            }
        }

        return "";
    }

    /// <summary>The 0-based column of a cell reference (<c>AB12</c> → 27); the next column when the reference is absent.</summary>
    private static int ColumnIndex(string? reference, int next)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return next;
        }

        var column = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }

            column = (column * 26) + (c - 'A' + 1);
        }

        return column - 1;
    }
}
