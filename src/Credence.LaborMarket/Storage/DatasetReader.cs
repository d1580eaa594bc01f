using System.IO.Compression;
using System.Text;
using Credence.Domain.LaborMarket;
using Credence.Domain.Microcredentials;
using Credence.LaborMarket.Model;

namespace Credence.LaborMarket.Storage;

/// <summary>Reads the compact dataset format written by <see cref="DatasetWriter"/>.</summary>
internal sealed class DatasetReader
{
    /// <summary>Decimals are stored as integers in thousandths (three decimal places, enough for every published figure).</summary>
    public const decimal Scale = 1000m;

    private const byte ScaleDigits = 3;

    private readonly BinaryReader _input;
    private readonly string[] _strings;

    private DatasetReader(BinaryReader input, string[] strings)
    {
        _input = input;
        _strings = strings;
    }

    /// <exception cref="InvalidDataException">The stream is not a dataset of this format.</exception>
    public static LaborMarketData Read(Stream source)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(source, CompressionMode.Decompress, leaveOpen: true))
        {
            gzip.CopyTo(buffer);
        }

        buffer.Position = 0;
        using var input = new BinaryReader(buffer, Encoding.UTF8);
        if (input.ReadString() != DatasetWriter.Magic || input.Read7BitEncodedInt() != DatasetWriter.FormatVersion)
        {
            throw new InvalidDataException("Not a Credence labor-market dataset of a supported format version.");
        }

        var strings = new string[input.Read7BitEncodedInt()];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = input.ReadString();
        }

        return new DatasetReader(input, strings).ReadSections();
    }

    private LaborMarketData ReadSections()
    {
        var vintages = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var n = Count(); n > 0; n--)
        {
            vintages[Str()] = Str();
        }

        var occupations = List(() => new Occupation(Str(), Str(), Str(), Int(), Array(Str)));
        var elements = List(() => new ContentElement(Str(), Str(), Str(), (ElementKind)Count()));
        var ratings = List(() => new ElementRating(Str(), Str(), Dec()!.Value, Dec()));
        var technology = List(() =>
        {
            var (soc, example, code, title) = (Str(), Str(), Str(), Str());
            var flags = Count();
            return new TechnologySkill(soc, example, code, title, (flags & 1) != 0, (flags & 2) != 0);
        });
        var wages = List(() => new WageRow(
            (AreaLevel)Count(), Str(), Str(), Str(), Str(), Str(), Str(), (long?)Dec(),
            Wage(), Wage(), Wage(), Wage(), Wage(), Wage(), Wage(), Count() == 1, Str()));
        var projections = List(() => new Projection(Str(), Str(), Str(), Dec(), Dec(), Dec(), Dec(), Wage(), OptStr(), OptStr(), OptStr()));
        var cipSoc = List(() => new CipSocLink(Str(), Str(), Str(), Str()));
        var escoOccupations = List(() => new EscoOccupation(Str(), Str(), Str(), Array(Str)));
        var escoSkills = List(() => new EscoSkill(OptStr(), Str(), Array(Str), Str(), Count(), Count()));
        var escoOnet = List(() => new EscoOnetLink(Str(), Str(), Str(), Dec()!.Value));
        var durable = List(() => new DurableSkill((SkillFramework)Count(), Str(), Str(), Str()));
        var parities = List(() => new PriceParity(Str(), Str(), Count(), Dec()!.Value));
        return new LaborMarketData
        {
            Vintages = vintages,
            Occupations = occupations,
            Elements = elements,
            Ratings = ratings,
            TechnologySkills = technology,
            Wages = wages,
            Projections = projections,
            CipSoc = cipSoc,
            EscoOccupations = escoOccupations,
            EscoSkills = escoSkills,
            EscoOnet = escoOnet,
            DurableSkills = durable,
            PriceParities = parities,
        };
    }

    private T[] List<T>(Func<T> read)
    {
        var result = new T[Count()];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = read();
        }

        return result;
    }

    private T[] Array<T>(Func<T> read) => List(read);

    private int Count() => _input.Read7BitEncodedInt();

    private string Str() => _strings[_input.Read7BitEncodedInt()];

    private string? OptStr() => _input.Read7BitEncodedInt() == 0 ? null : Str();

    private int? Int()
    {
        var value = _input.Read7BitEncodedInt();
        return value == 0 ? null : value - 1;
    }

    private decimal? Dec()
    {
        var stored = _input.Read7BitEncodedInt64();
        if (stored == 0)
        {
            return null;
        }

        var zigzag = stored - 1;
        var scaled = (zigzag >>> 1) ^ -(zigzag & 1);

        // Build the decimal from its integer and scale rather than dividing (decimal division is slow), dropping
        // the trailing zeros the scaling added (4120 thousandths → 4.12).
        var negative = scaled < 0;
        var magnitude = (ulong)Math.Abs(scaled);
        byte scale = ScaleDigits;
        while (scale > 0 && magnitude % 10 == 0)
        {
            magnitude /= 10;
            scale--;
        }

        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, negative, scale);
    }

    private WageValue Wage()
    {
        var status = (WageStatus)_input.ReadByte();
        return new WageValue(Dec(), status);
    }
}
