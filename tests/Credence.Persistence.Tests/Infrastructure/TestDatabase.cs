using Credence.Persistence.PostgreSql;
using Credence.Persistence.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Credence.Persistence.Tests.Infrastructure;

/// <summary>A fresh, migrated database of one provider (a SQLite file in a temporary folder or a new PostgreSQL database), dropped on dispose.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFolder;

    private TestDatabase(string provider, ServiceProvider services, FakeTimeProvider time, string connectionString, string? sqliteFolder)
    {
        Provider = provider;
        Services = services;
        Time = time;
        ConnectionString = connectionString;
        _sqliteFolder = sqliteFolder;
    }

    public string Provider { get; }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Time { get; }

    public string ConnectionString { get; }

    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public static async Task<TestDatabase> CreateAsync(string provider, Action<IServiceCollection>? configure = null)
    {
        var time = new FakeTimeProvider(Start);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddLogging();
        string? folder = null;
        string connectionString;
        if (provider == TestProviders.Sqlite)
        {
            folder = Path.Combine(Path.GetTempPath(), "credence-tests", Guid.NewGuid().ToString("N"));
            connectionString = SqlitePersistence.ConnectionStringForDataPath(folder);
            services.AddCredenceSqlite(connectionString);
        }
        else
        {
            connectionString = new NpgsqlConnectionStringBuilder(TestProviders.PostgresConnectionString) { Database = "credence_" + Guid.NewGuid().ToString("N") }.ConnectionString;
            services.AddCredencePostgreSql(connectionString);
        }

        configure?.Invoke(services);
        var serviceProvider = services.BuildServiceProvider();
        var database = new TestDatabase(provider, serviceProvider, time, connectionString, folder);
        await using var scope = serviceProvider.CreateAsyncScope();
        await CredenceDatabase.MigrateAsync(scope.ServiceProvider.GetRequiredService<CredenceDbContext>(), CancellationToken.None);
        return database;
    }

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CredenceDbContext>().Database.EnsureDeletedAsync();
        }

        await Services.DisposeAsync();
        if (_sqliteFolder is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_sqliteFolder, recursive: true);
        }
    }
}
