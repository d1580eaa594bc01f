using System.Diagnostics;
using System.Globalization;
using System.Text;
using Credence.Domain.Common;
using Credence.Domain.Microcredentials;
using Credence.Persistence;
using Credence.Persistence.Auditing;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Credence.Persistence.Institutions;
using Credence.Persistence.Issuing;
using Credence.Persistence.Issuing.Bulk;
using Credence.Persistence.PostgreSql;
using Credence.Persistence.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Credence.Benchmarks;

/// <summary>End-to-end bulk issuance throughput: CSV text → checked → built → signed (eddsa-rdfc-2022) → stored, on a fresh database.</summary>
/// <remarks>Run with <c>dotnet run -c Release --project bench/Credence.Benchmarks -- bulk-issuance sqlite|postgresql [ROWS] [BATCH] [CONNECTION]</c>;
/// PostgreSQL needs a server connection string (for example from <c>scripts/test-postgres.sh start</c>) and creates a throwaway database on it.</remarks>
internal static class BulkIssuanceHarness
{
    public static async Task RunAsync(TextWriter output, string provider, int rows, int batchSize, string? connection)
    {
        var folder = Path.Combine(Path.GetTempPath(), "credence-bulk-bench-" + Guid.NewGuid().ToString("N"));
        var services = new ServiceCollection();
        services.AddLogging();
        string connectionString;
        if (provider == "postgresql")
        {
            connectionString = new NpgsqlConnectionStringBuilder(connection ?? throw new ArgumentException("PostgreSQL needs a connection string.", nameof(connection)))
            {
                Database = "credence_bench_" + Guid.NewGuid().ToString("N"),
            }.ConnectionString;
            services.AddCredencePostgreSql(connectionString);
        }
        else
        {
            connectionString = SqlitePersistence.ConnectionStringForDataPath(folder);
            services.AddCredenceSqlite(connectionString);
        }

        services.AddCredenceIssuing(new IssuingOptions { PublicBaseUrl = new Uri("https://credence.example"), DataPath = folder });
        await using var provider_ = services.BuildServiceProvider();
        try
        {
            await using (var scope = provider_.CreateAsyncScope())
            {
                await CredenceDatabase.MigrateAsync(scope.ServiceProvider.GetRequiredService<CredenceDbContext>(), CancellationToken.None);
                await scope.ServiceProvider.GetRequiredService<InstitutionStore>().AddAsync(new Institution { Slug = "lakeshore", Name = "Lakeshore Community College" }, Actor.System, CancellationToken.None);
                var designs = scope.ServiceProvider.GetRequiredService<DesignStore>();
                await designs.CreateDraftAsync("lakeshore", Microcredential(), Actor.System, CancellationToken.None);
                await designs.PublishAsync("lakeshore", DesignKind.Microcredential, "network-basics", Actor.System, CancellationToken.None);
            }

            // Warm up: JSON-LD contexts, the key, the status list, EF's model; not counted.
            await RunOnceAsync(provider_, Csv(0, 200), batchSize);

            using var process = Process.GetCurrentProcess();
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var started = Stopwatch.GetTimestamp();
            var report = await RunOnceAsync(provider_, Csv(1_000_000, rows), batchSize);
            var wall = Stopwatch.GetElapsedTime(started);
            process.Refresh();
            var used = process.TotalProcessorTime - cpu;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"bulk-issuance {provider}: {report.Issued} credentials in {wall.TotalSeconds:0.00} s wall = {report.Issued / wall.TotalSeconds:0} credentials/s; " +
                $"process CPU {used.TotalSeconds:0.00} s = {used.TotalMilliseconds * 1000 / report.Issued:0} µs CPU per credential; batch {batchSize}, {Environment.ProcessorCount} cores"));
        }
        finally
        {
            await using (var scope = provider_.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<CredenceDbContext>().Database.EnsureDeletedAsync();
            }

            SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task<BulkIssueReport> RunOnceAsync(IServiceProvider services, string csv, int batchSize)
    {
        await using var scope = services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<BulkIssuer>().RunAsync(
            new BulkIssueRequest { Institution = "lakeshore", MicrocredentialId = "network-basics", Csv = csv, BatchSize = batchSize }, null, CancellationToken.None);
        return report.Problems.Count == 0 ? report : throw new InvalidOperationException(report.Problems[0].Code);
    }

    private static string Csv(int first, int rows)
    {
        var text = new StringBuilder("row_id,email,name,level:configure,level:secure,evidence_url,issue_date\n");
        for (var i = first; i < first + rows; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"R{i},learner{i}@college.example,Learner {i},proficient,advanced,https://portfolio.example/{i},2026-05-15\n");
        }

        return text.ToString();
    }

    private static Microcredential Microcredential() => new()
    {
        Id = "network-basics",
        Title = "Network Basics",
        Description = "Set up and secure a small office network.",
        Provider = new ProviderInfo { Name = "Lakeshore Community College", Country = "US" },
        Competencies =
        [
            new Competency
            {
                Id = "configure",
                Statement = "Configure routers and switches for a small office.",
                RequiredProficiency = new ProficiencyRequirement("dreyfus", "competent"),
                Alignments = [new SkillAlignment { Framework = SkillFramework.OnetElement, Code = "2.B.3.e", Name = "Troubleshooting" }],
            },
            new Competency
            {
                Id = "secure",
                Statement = "Secure a wireless network.",
                RequiredProficiency = new ProficiencyRequirement("mastery", "proficient"),
            },
        ],
        AwardRule = new AwardRule { MasteryOfAllCompetencies = true },
        Credit = new Credit { CreditBearing = true, CreditHours = 3 },
        Validity = new Validity { Months = 24 },
    };
}
