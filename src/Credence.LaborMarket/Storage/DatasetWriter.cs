using System.IO.Compression;
using System.Text;
using Credence.LaborMarket.Model;

namespace Credence.LaborMarket.Storage;

/// <summary>Writes a dataset in the compact format <see cref="DatasetReader"/> reads: a deduplicated string table and fixed-order sections, gzip-compressed; the same data always gives the same bytes.</summary>
internal sealed class DatasetWriter
{
    public const string Magic = "CREDENCE-LM";
    public const int FormatVersion = 1;

    private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);
    private readonly List<string> _table = [];
    private readonly BinaryWriter _body;

    private DatasetWriter(BinaryWriter body) => _body = body;

    public static void Write(LaborMarketData data, Stream destination, CompressionLevel level = CompressionLevel.SmallestSize)
    {
        using var bodyStream = new MemoryStream();
        List<string> table;
        using (var body = new BinaryWriter(bodyStream, Encoding.UTF8, leaveOpen: true))
        {
            var writer = new DatasetWriter(body);
            writer.WriteSections(data);
            table = writer._table;
        }

        using var gzip = new GZipStream(destination, level, leaveOpen: true);
        using var output = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        output.Write(Magic);
        output.Write7BitEncodedInt(FormatVersion);
        WriteTable(output, table);
        output.Write(bodyStream.GetBuffer(), 0, (int)bodyStream.Length);
    }

    private static void WriteTable(BinaryWriter output, List<string> table)
    {
        output.Write7BitEncodedInt(table.Count);
        foreach (var s in table)
        {
            output.Write(s);
        }
    }

    private void WriteSections(LaborMarketData data)
    {
        Count(data.Vintages.Count);
        foreach (var (key, value) in data.Vintages.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            Str(key);
            Str(value);
        }

        Count(data.Occupations.Count);
        foreach (var o in data.Occupations)
        {
            Str(o.OnetSocCode);
            Str(o.Title);
            Str(o.Description);
            Int(o.JobZone);
            Count(o.AlternateTitles.Length);
            foreach (var t in o.AlternateTitles)
            {
                Str(t);
            }
        }

        Count(data.Elements.Count);
        foreach (var e in data.Elements)
        {
            Str(e.Id);
            Str(e.Name);
            Str(e.Description);
            Count((int)e.Kind);
        }

        Count(data.Ratings.Count);
        foreach (var r in data.Ratings)
        {
            Str(r.OnetSocCode);
            Str(r.ElementId);
            Dec(r.Importance);
            Dec(r.Level);
        }

        Count(data.TechnologySkills.Count);
        foreach (var t in data.TechnologySkills)
        {
            Str(t.OnetSocCode);
            Str(t.Example);
            Str(t.CommodityCode);
            Str(t.CommodityTitle);
            Count((t.Hot ? 1 : 0) | (t.InDemand ? 2 : 0));
        }

        Count(data.Wages.Count);
        foreach (var w in data.Wages)
        {
            Count((int)w.Level);
            Str(w.AreaCode);
            Str(w.AreaName);
            Str(w.StatePostal);
            Str(w.SocCode);
            Str(w.Title);
            Str(w.Group);
            Dec(w.Employment);
            Wage(w.Mean);
            Wage(w.Percentile10);
            Wage(w.Percentile25);
            Wage(w.Median);
            Wage(w.Percentile75);
            Wage(w.Percentile90);
            Wage(w.HourlyMedian);
            Count(w.HourlyOnly ? 1 : 0);
            Str(w.Source);
        }

        Count(data.Projections.Count);
        foreach (var p in data.Projections)
        {
            Str(p.SocCode);
            Str(p.Title);
            Str(p.OccupationType);
            Dec(p.Employment2022Thousands);
            Dec(p.EmploymentProjectedThousands);
            Dec(p.ChangePercent);
            Dec(p.AnnualOpeningsThousands);
            Wage(p.MedianAnnualWage);
            OptStr(p.TypicalEntryEducation);
            OptStr(p.WorkExperience);
            OptStr(p.OnTheJobTraining);
        }

        Count(data.CipSoc.Count);
        foreach (var c in data.CipSoc)
        {
            Str(c.CipCode);
            Str(c.CipTitle);
            Str(c.SocCode);
            Str(c.SocTitle);
        }

        Count(data.EscoOccupations.Count);
        foreach (var o in data.EscoOccupations)
        {
            Str(o.Uri);
            Str(o.IscoCode);
            Str(o.Label);
            Count(o.AltLabels.Length);
            foreach (var a in o.AltLabels)
            {
                Str(a);
            }
        }

        Count(data.EscoSkills.Count);
        foreach (var s in data.EscoSkills)
        {
            OptStr(s.Uri);
            Str(s.Label);
            Count(s.AltLabels.Length);
            foreach (var a in s.AltLabels)
            {
                Str(a);
            }

            Str(s.ReuseLevel);
            Count(s.OccupationsEssential);
            Count(s.OccupationsOptional);
        }

        Count(data.EscoOnet.Count);
        foreach (var l in data.EscoOnet)
        {
            Str(l.EscoUri);
            Str(l.EscoLabel);
            Str(l.OnetSocCode);
            Dec(l.Confidence);
        }

        Count(data.DurableSkills.Count);
        foreach (var d in data.DurableSkills)
        {
            Count((int)d.Framework);
            Str(d.Code);
            Str(d.Name);
            Str(d.Group);
        }

        Count(data.PriceParities.Count);
        foreach (var p in data.PriceParities)
        {
            Str(p.GeoFips);
            Str(p.GeoName);
            Count(p.Year);
            Dec(p.AllItems);
        }
    }

    private void Count(int value) => _body.Write7BitEncodedInt(value);

    private void Str(string value)
    {
        if (!_strings.TryGetValue(value, out var index))
        {
            index = _table.Count;
            _strings[value] = index;
            _table.Add(value);
        }

        _body.Write7BitEncodedInt(index);
    }

    private void OptStr(string? value)
    {
        if (value is null)
        {
            _body.Write7BitEncodedInt(0);
            return;
        }

        _body.Write7BitEncodedInt(1);
        Str(value);
    }

    private void Int(int? value) => _body.Write7BitEncodedInt(value is null ? 0 : value.Value + 1);

    private void Dec(decimal? value)
    {
        if (value is null)
        {
            _body.Write7BitEncodedInt64(0);
            return;
        }

        var scaled = (long)Math.Round(value.Value * DatasetReader.Scale, MidpointRounding.ToEven);
        var zigzag = (scaled << 1) ^ (scaled >> 63);
        _body.Write7BitEncodedInt64(zigzag + 1);
    }

    private void Wage(WageValue value)
    {
        _body.Write((byte)value.Status);
        Dec(value.Amount);
    }
}
