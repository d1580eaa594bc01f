using Credence.Domain.Common;
using Credence.Domain.LaborMarket;
using Credence.LaborMarket.Model;
using Credence.LaborMarket.Search;
using Credence.LaborMarket.Storage;

namespace Credence.LaborMarket;

/// <summary>Labor-market facts over a loaded dataset: occupations, wages by area, outlook, crosswalks, skills and wage thresholds.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed partial class LaborMarketDataset : ILaborMarketFacts
{
    internal const string EmbeddedResourceFileName = "labor-market.bin.gz";
    private const string EmbeddedResourceName = "Credence.LaborMarket.Data." + EmbeddedResourceFileName;

    private static readonly Lazy<LaborMarketDataset> EmbeddedDataset = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly LaborMarketData _data;
    private readonly Dictionary<string, Occupation> _occupationsByCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Occupation>> _occupationsBySoc = new(StringComparer.Ordinal);
    private readonly Dictionary<(AreaLevel, string, string), WageRow> _wages = [];
    private readonly Dictionary<string, string> _statePostalByFips = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Projection> _projections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CipSocLink>> _bySoc = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CipSocLink>> _byCip = new(StringComparer.Ordinal);
    private readonly Lazy<SkillSearchIndex> _search;
    private readonly Lazy<OccupationSkillIndex> _skills;

    private LaborMarketDataset(LaborMarketData data, string name, LivableWageTable? livableWages)
    {
        _data = data;
        LivableWages = livableWages;
        Vintage = new DataVintage(name, [.. DataSections.All.Where(data.Vintages.ContainsKey).Select(s => data.Vintages[s])]);
        foreach (var occupation in data.Occupations)
        {
            _occupationsByCode[occupation.OnetSocCode] = occupation;
            if (!_occupationsBySoc.TryGetValue(occupation.SocCode, out var list))
            {
                list = [];
                _occupationsBySoc[occupation.SocCode] = list;
            }

            list.Add(occupation);
        }

        foreach (var row in data.Wages)
        {
            var key = (row.Level, row.AreaCode, row.SocCode);
            if (!_wages.ContainsKey(key) || row.Group == "detailed")
            {
                _wages[key] = row;
            }

            if (row.Level == AreaLevel.State)
            {
                _statePostalByFips.TryAdd(row.AreaCode, row.StatePostal);
            }
        }

        foreach (var projection in data.Projections)
        {
            _projections.TryAdd(projection.SocCode, projection);
        }

        foreach (var link in data.CipSoc)
        {
            Add(_bySoc, link.SocCode, link);
            Add(_byCip, link.CipCode, link);
        }

        _search = new Lazy<SkillSearchIndex>(() => new SkillSearchIndex(_data), LazyThreadSafetyMode.ExecutionAndPublication);
        _skills = new Lazy<OccupationSkillIndex>(() => new OccupationSkillIndex(_data), LazyThreadSafetyMode.ExecutionAndPublication);

        static void Add(Dictionary<string, List<CipSocLink>> index, string key, CipSocLink link)
        {
            if (!index.TryGetValue(key, out var list))
            {
                list = [];
                index[key] = list;
            }

            list.Add(link);
        }
    }

    /// <summary>The dataset built into the library from the reference extracts (see docs/data.md), loaded on first use.</summary>
    public static LaborMarketDataset Embedded => EmbeddedDataset.Value;

    /// <inheritdoc />
    public DataVintage Vintage { get; }

    /// <summary>The institution's livable wages, when set; otherwise thresholds fall back to the regional median benchmark.</summary>
    public LivableWageTable? LivableWages { get; }

    /// <summary>The number of O*NET-SOC occupations in the dataset.</summary>
    public int OccupationCount => _data.Occupations.Count;

    internal LaborMarketData Data => _data;

    /// <summary>Loads a dataset file written by the importer (<c>credence data import</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="InvalidDataException">The file is not a dataset of a supported format.</exception>
    public static LaborMarketDataset LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return new LaborMarketDataset(DatasetReader.Read(stream), $"Imported dataset ({Path.GetFileName(path)})", null);
    }

    /// <summary>Loads the dataset in a data folder when one was imported there, otherwise returns <see cref="Embedded"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataDirectory"/> is null.</exception>
    public static LaborMarketDataset LoadFromDirectoryOrEmbedded(string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        var path = LaborMarketImporter.CurrentDatasetPath(dataDirectory);
        return File.Exists(path) ? LoadFile(path) : Embedded;
    }

    /// <summary>Returns a dataset over the same data whose thresholds come from the institution's livable wages.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="livableWages"/> is null.</exception>
    public LaborMarketDataset WithLivableWages(LivableWageTable livableWages)
    {
        ArgumentNullException.ThrowIfNull(livableWages);
        return new LaborMarketDataset(_data, Vintage.Name, livableWages);
    }

    internal static LaborMarketDataset FromData(LaborMarketData data, string name) => new(data, name, null);

    /// <summary>Reads the embedded resource afresh (the benchmarks measure this; callers use <see cref="Embedded"/>).</summary>
    internal static LaborMarketDataset LoadEmbedded()
    {
        using var stream = typeof(LaborMarketDataset).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {EmbeddedResourceName} is missing from the assembly.");
        return new LaborMarketDataset(DatasetReader.Read(stream), "Credence embedded dataset", null);
    }

    /// <inheritdoc />
    public OccupationFacts? FindOccupation(string socCode)
    {
        ArgumentNullException.ThrowIfNull(socCode);
        var code = socCode.Trim();
        var soc = code.Length > 7 ? code[..7] : code;
        var occupation = FindOnet(code);
        _projections.TryGetValue(soc, out var projection);
        string? title = occupation?.Title ?? projection?.Title ?? NationalWage(soc)?.Title;
        if (title is null)
        {
            return null;
        }

        var sources = new List<string>();
        if (occupation is not null)
        {
            sources.Add(_data.Vintages.GetValueOrDefault(DataSections.Onet, "O*NET"));
        }

        if (projection is not null)
        {
            sources.Add(_data.Vintages.GetValueOrDefault(DataSections.Projections, "BLS Employment Projections"));
        }

        if (sources.Count == 0)
        {
            sources.Add(_data.Vintages.GetValueOrDefault(DataSections.WagesNational, "BLS OEWS"));
        }

        return new OccupationFacts(soc, title, occupation?.JobZone, projection?.TypicalEntryEducation, string.Join("; ", sources));
    }

    /// <summary>The O*NET description of an occupation, where the dataset has it.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="socCode"/> is null.</exception>
    public string? FindDescription(string socCode)
    {
        ArgumentNullException.ThrowIfNull(socCode);
        return FindOnet(socCode.Trim())?.Description;
    }

    /// <summary>The O*NET alternate titles of an occupation (empty when there are none).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="socCode"/> is null.</exception>
    public IReadOnlyList<string> FindAlternateTitles(string socCode)
    {
        ArgumentNullException.ThrowIfNull(socCode);
        return FindOnet(socCode.Trim())?.AlternateTitles ?? [];
    }

    /// <summary>The O*NET-SOC occupations that roll up to a SOC 2018 code (<c>15-1211</c> → <c>15-1211.00</c>, <c>15-1211.01</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="socCode"/> is null.</exception>
    public IReadOnlyList<string> FindOnetCodes(string socCode)
    {
        ArgumentNullException.ThrowIfNull(socCode);
        return _occupationsBySoc.TryGetValue(socCode.Trim(), out var list) ? [.. list.Select(o => o.OnetSocCode)] : [];
    }

    private Occupation? FindOnet(string code)
    {
        if (_occupationsByCode.TryGetValue(code, out var exact))
        {
            return exact;
        }

        if (code.Length == 7 && _occupationsBySoc.TryGetValue(code, out var list))
        {
            return list.FirstOrDefault(o => o.OnetSocCode.EndsWith(".00", StringComparison.Ordinal)) ?? list[0];
        }

        return null;
    }

    private WageRow? NationalWage(string soc) => _wages.GetValueOrDefault((AreaLevel.National, "US", soc));

    /// <inheritdoc />
    public OutlookFacts? FindOutlook(string socCode)
    {
        ArgumentNullException.ThrowIfNull(socCode);
        var soc = socCode.Trim();
        soc = soc.Length > 7 ? soc[..7] : soc;
        if (!_projections.TryGetValue(soc, out var p))
        {
            return null;
        }

        return new OutlookFacts(
            soc,
            p.ChangePercent,
            p.AnnualOpeningsThousands * 1000m,
            _data.Vintages.GetValueOrDefault(DataSections.ProjectionsPeriod, ""),
            _data.Vintages.GetValueOrDefault(DataSections.Projections, "BLS Employment Projections"));
    }

    /// <summary>The instructional programs (CIP 2020) that prepare for an occupation (SOC 2018 or O*NET-SOC code).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="socCode"/> is null.</exception>
    public IReadOnlyList<ProgramOccupationLink> FindProgramsForOccupation(string socCode)
    {
        ArgumentNullException.ThrowIfNull(socCode);
        var soc = socCode.Trim();
        soc = soc.Length > 7 ? soc[..7] : soc;
        return _bySoc.TryGetValue(soc, out var list) ? [.. list.Select(ToPublic)] : [];
    }

    /// <summary>The occupations (SOC 2018) a CIP 2020 program prepares for.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="cipCode"/> is null.</exception>
    public IReadOnlyList<ProgramOccupationLink> FindOccupationsForProgram(string cipCode)
    {
        ArgumentNullException.ThrowIfNull(cipCode);
        return _byCip.TryGetValue(cipCode.Trim(), out var list) ? [.. list.Select(ToPublic)] : [];
    }

    private static ProgramOccupationLink ToPublic(CipSocLink link) => new(link.CipCode, link.CipTitle, link.SocCode, link.SocTitle);
}
