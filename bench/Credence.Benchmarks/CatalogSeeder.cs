using System.Globalization;
using Credence.Domain.Authoring;
using Credence.Domain.Common;
using Credence.Domain.Microcredentials;
using Credence.Persistence;
using Credence.Persistence.Auditing;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Credence.Persistence.Institutions;
using Credence.Persistence.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Benchmarks;

/// <summary>Fills a SQLite database with generated, published microcredentials for the web load test, through the persistence stores.</summary>
/// <remarks>
/// Run with <c>dotnet run -c Release --project bench/Credence.Benchmarks -- seed-catalog FILE [COUNT] [SAMPLES]</c>.
/// Every generated microcredential starts from one of the sample designs and varies its title, provider, skills,
/// occupations, cost, duration and delivery, deterministically (fixed random seed).
/// </remarks>
internal static class CatalogSeeder
{
    private const int Seed = 5;
    private const int Institutions = 24;
    private const int BatchSize = 100;

    private static readonly string[] TitleOpeners =
    [
        "Applied", "Introduction to", "Foundations of", "Advanced", "Practical", "Essentials of", "Hands-on", "Accelerated",
        "Workplace", "Professional", "Modern", "Industry-Ready", "Fast-Track", "Certified", "Core", "Evening",
    ];

    private static readonly string[] TitleContexts =
    [
        "for Healthcare Settings", "for Small Business", "for Manufacturing Teams", "for Public Agencies", "for Retail Analytics",
        "in Logistics", "for Career Changers", "for Veterans", "in Rural Clinics", "for Supervisors", "for Nonprofits",
        "in Energy and Utilities", "for Financial Services", "in Construction", "for Hospitality", "for Apprentices",
    ];

    private static readonly (string Name, string Uri)[] ExtraSkills =
    [
        ("project management", "http://data.europa.eu/esco/skill/project-management"),
        ("customer service", "http://data.europa.eu/esco/skill/customer-service"),
        ("Python", "http://data.europa.eu/esco/skill/python"),
        ("cloud computing", "http://data.europa.eu/esco/skill/cloud-computing"),
        ("data privacy", "http://data.europa.eu/esco/skill/data-privacy"),
        ("lean manufacturing", "http://data.europa.eu/esco/skill/lean-manufacturing"),
        ("patient care", "http://data.europa.eu/esco/skill/patient-care"),
        ("technical writing", "http://data.europa.eu/esco/skill/technical-writing"),
        ("statistics", "http://data.europa.eu/esco/skill/statistics"),
        ("electrical wiring", "http://data.europa.eu/esco/skill/electrical-wiring"),
        ("welding", "http://data.europa.eu/esco/skill/welding"),
        ("bookkeeping", "http://data.europa.eu/esco/skill/bookkeeping"),
        ("supply chain management", "http://data.europa.eu/esco/skill/supply-chain-management"),
        ("infection control", "http://data.europa.eu/esco/skill/infection-control"),
        ("team leadership", "http://data.europa.eu/esco/skill/team-leadership"),
        ("machine learning", "http://data.europa.eu/esco/skill/machine-learning"),
        ("network security", "http://data.europa.eu/esco/skill/network-security"),
        ("forklift operation", "http://data.europa.eu/esco/skill/forklift-operation"),
        ("digital marketing", "http://data.europa.eu/esco/skill/digital-marketing"),
        ("quality assurance", "http://data.europa.eu/esco/skill/quality-assurance"),
    ];

    private static readonly string[] ExtraOccupations =
    [
        "11-3071.00", "13-1082.00", "13-2011.00", "15-1211.00", "15-1232.00", "15-1244.00", "15-1252.00", "17-3026.00",
        "29-2052.00", "29-2061.00", "31-1131.00", "31-9092.00", "43-3031.00", "43-4051.00", "47-2111.00", "49-9041.00",
        "51-4041.00", "51-4121.00", "51-9061.00", "53-7051.00",
    ];

    private static readonly string[] PlaceWords =
    [
        "Maple Valley", "Harbor City", "Red Rock", "Lakeshore", "Prairie View", "Cedar Falls", "Blue Ridge", "Riverbend",
        "Summit", "Granite State", "Pine Hollow", "Coastal Plains",
    ];

    private static readonly string[] InstitutionKinds = ["Community College", "Technical Institute", "State University", "Polytechnic"];

    private static readonly DeliveryMode[] Modes = Enum.GetValues<DeliveryMode>();

    /// <summary>Creates (or replaces) the database file and fills it.</summary>
    /// <param name="output">Where progress goes.</param>
    /// <param name="databaseFile">The SQLite file to write; an existing file is replaced.</param>
    /// <param name="count">How many microcredentials.</param>
    /// <param name="samplesFolder">The folder with the sample YAML designs.</param>
    /// <returns>A task that completes when the database is filled.</returns>
    public static async Task RunAsync(TextWriter output, string databaseFile, int count, string samplesFolder)
    {
        var templates = LoadTemplates(samplesFolder);
        var path = Path.GetFullPath(databaseFile);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }

        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ConnectionString;
        var services = new ServiceCollection().AddCredenceSqlite(connectionString).BuildServiceProvider();
        await using (services.ConfigureAwait(false))
        {
            var institutions = await AddInstitutionsAsync(services).ConfigureAwait(false);
            var random = new Random(Seed);
            var skillPool = SkillPool(templates);
            var occupationPool = templates.SelectMany(t => t.TargetOccupations).Concat(ExtraOccupations).Distinct(StringComparer.Ordinal).ToArray();
            for (var start = 0; start < count; start += BatchSize)
            {
                var scope = services.CreateAsyncScope();
                await using (scope.ConfigureAwait(false))
                {
                    var store = scope.ServiceProvider.GetRequiredService<DesignStore>();
                    for (var n = start; n < Math.Min(count, start + BatchSize); n++)
                    {
                        var institution = institutions[n % institutions.Count];
                        var design = Vary(templates[random.Next(templates.Count)], n, institution, random, skillPool, occupationPool);
                        var draft = await store.CreateDraftAsync(institution.Slug, design, Actor.System, CancellationToken.None).ConfigureAwait(false);
                        var published = draft.Succeeded
                            ? await store.PublishAsync(institution.Slug, DesignKind.Microcredential, design.Id, Actor.System, CancellationToken.None).ConfigureAwait(false)
                            : draft;
                        if (!published.Succeeded)
                        {
                            throw new InvalidOperationException($"Seeding {design.Id} was refused: {published.Code}");
                        }
                    }
                }

                if ((start + BatchSize) % 1000 == 0)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Math.Min(count, start + BatchSize)} published"));
                }
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Seeded {count} published microcredentials from {templates.Count} samples into {path}"));
    }

    private static List<Microcredential> LoadTemplates(string samplesFolder)
    {
        var documents = Directory.EnumerateFiles(samplesFolder, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => new SourceDocument(Path.GetRelativePath(samplesFolder, file), File.ReadAllText(file)))
            .ToList();
        var loaded = AuthoringLoader.Load(documents);
        if (loaded.HasErrors || loaded.Microcredentials.Count == 0)
        {
            throw new InvalidOperationException($"The samples in {samplesFolder} did not load: {string.Join("; ", loaded.Errors)}");
        }

        return [.. loaded.Microcredentials];
    }

    private static async Task<List<Institution>> AddInstitutionsAsync(ServiceProvider services)
    {
        var scope = services.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            await CredenceDatabase.MigrateAsync(scope.ServiceProvider.GetRequiredService<CredenceDbContext>(), CancellationToken.None).ConfigureAwait(false);
            var store = scope.ServiceProvider.GetRequiredService<InstitutionStore>();
            var added = new List<Institution>();
            for (var i = 0; i < Institutions; i++)
            {
                var name = $"{PlaceWords[i % PlaceWords.Length]} {InstitutionKinds[i / PlaceWords.Length % InstitutionKinds.Length]}";
                var slug = name.ToLowerInvariant().Replace(' ', '-');
                added.Add(await store.AddAsync(
                    new Institution { Slug = slug, Name = name, Country = "US", Url = $"https://{slug}.example.edu", Description = "A generated institution for the catalog load test." },
                    Actor.System,
                    CancellationToken.None).ConfigureAwait(false));
            }

            return added;
        }
    }

    private static SkillAlignment[] SkillPool(List<Microcredential> templates) =>
        [
            .. templates.SelectMany(t => t.Competencies).SelectMany(c => c.Alignments)
                .Where(a => a.Framework == SkillFramework.EscoSkill && a.Name is not null)
                .DistinctBy(a => a.Uri, StringComparer.Ordinal),
            .. ExtraSkills.Select(s => new SkillAlignment { Framework = SkillFramework.EscoSkill, Uri = s.Uri, Name = s.Name }),
        ];

    private static Microcredential Vary(
        Microcredential template, int n, Institution institution, Random random, SkillAlignment[] skillPool, string[] occupationPool)
    {
        var title = random.Next(3) switch
        {
            0 => $"{TitleOpeners[random.Next(TitleOpeners.Length)]} {template.Title}",
            1 => $"{template.Title} {TitleContexts[random.Next(TitleContexts.Length)]}",
            _ => $"{TitleOpeners[random.Next(TitleOpeners.Length)]} {template.Title} {TitleContexts[random.Next(TitleContexts.Length)]}",
        };
        var competencies = template.Competencies
            .Select(c => c with { Alignments = [.. c.Alignments, skillPool[random.Next(skillPool.Length)]] })
            .ToList();
        var extraSkill = skillPool[random.Next(skillPool.Length)];
        var tuition = Math.Round((decimal)(150 + (random.NextDouble() * 3850)), 0);
        var weeks = random.Next(2, 27);
        var modes = new[] { Modes[random.Next(Modes.Length)], Modes[random.Next(Modes.Length)] }.Distinct().ToList();
        var occupations = template.TargetOccupations.Take(1).Append(occupationPool[random.Next(occupationPool.Length)]).Distinct(StringComparer.Ordinal).ToList();
        return template with
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"{template.Id}-{n:D5}"),
            Title = title,
            Description = $"{template.Description} Offered by {institution.Name}; includes a module on {extraSkill.Name}.",
            Provider = new ProviderInfo { Name = institution.Name, Country = "US", Url = institution.Url, Kind = template.Provider?.Kind },
            Competencies = competencies,
            Duration = new Duration { Hours = weeks * random.Next(4, 11), Weeks = weeks },
            DeliveryModes = modes,
            Cost = (template.Cost ?? new Cost()) with { Tuition = tuition, Fees = random.Next(0, 4) * 25m },
            Credit = random.Next(3) == 0 ? new Credit { CreditBearing = false } : template.Credit,
            TargetOccupations = occupations,
            Entry = template.Entry is null ? null : template.Entry with { Prerequisites = [] },
            Keywords = [.. template.Keywords, extraSkill.Name!],
        };
    }
}
