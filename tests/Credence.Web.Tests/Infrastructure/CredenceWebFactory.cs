using Credence.Credentials.Fetching;
using Credence.Persistence;
using Credence.Persistence.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Credence.Web.Tests.Infrastructure;

/// <summary>The web host on a fresh database of one provider, with a fake clock; the database is dropped on dispose.</summary>
public sealed class CredenceWebFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@credence.test";
    public const string Password = "a long test passphrase";

    private readonly string _provider;
    private readonly bool _bootstrapAdmin;
    private readonly bool _loadSamples;
    private readonly bool _migrate;
    private readonly string? _sqliteFolder;
    private readonly string? _postgresConnectionString;
    private readonly IReadOnlyDictionary<string, string> _settings;

    public CredenceWebFactory(string provider, bool bootstrapAdmin = true, bool loadSamples = false, bool migrate = true, IReadOnlyDictionary<string, string>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string>();
        _migrate = migrate;
        _provider = provider;
        _bootstrapAdmin = bootstrapAdmin;
        _loadSamples = loadSamples;
        if (provider == TestProviders.Sqlite)
        {
            _sqliteFolder = Path.Combine(Path.GetTempPath(), "credence-web-tests", Guid.NewGuid().ToString("N"));
        }
        else
        {
            _postgresConnectionString = new NpgsqlConnectionStringBuilder(TestProviders.PostgresConnectionString) { Database = "credence_web_" + Guid.NewGuid().ToString("N") }.ConnectionString;
        }
    }

    /// <summary>The SQLite data folder, for tests that look at the file.</summary>
    public string? SqliteFolder => _sqliteFolder;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero));

    /// <summary>The instance's public address in tests (<c>Credence:PublicBaseUrl</c>).</summary>
    public const string PublicBaseUrl = "https://credence.test";

    /// <summary>Other issuers' web servers, as the verifier's guarded fetcher sees them.</summary>
    public FakeDocumentServer Remote { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        if (_sqliteFolder is not null)
        {
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Credence:DataPath", _sqliteFolder);
        }
        else
        {
            builder.UseSetting("Database:Provider", "PostgreSql");
            builder.UseSetting("ConnectionStrings:Credence", _postgresConnectionString);
        }

        builder.UseSetting("Credence:LoadSampleInstitution", _loadSamples ? "true" : "false");
        builder.UseSetting("Database:MigrateOnStartup", _migrate ? "true" : "false");
        if (_bootstrapAdmin)
        {
            builder.UseSetting("CREDENCE_ADMIN_EMAIL", AdminEmail);
            builder.UseSetting("CREDENCE_ADMIN_PASSWORD", Password);
        }

        builder.UseSetting("Credence:PublicBaseUrl", PublicBaseUrl);
        foreach (var (name, value) in _settings)
        {
            builder.UseSetting(name, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            services.AddSingleton(new GuardedHttpDocumentFetcher(Remote, new FetchOptions(), Time));
        });
    }

    public override async ValueTask DisposeAsync()
    {
        if (_provider == TestProviders.PostgreSql && Server is not null)
        {
            await using var scope = Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<CredenceDbContext>().Database.EnsureDeletedAsync();
        }

        await base.DisposeAsync();
        if (_sqliteFolder is not null && Directory.Exists(_sqliteFolder))
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_sqliteFolder, recursive: true);
        }
    }
}
