using System.Data.Common;
using Credence.Persistence;
using Credence.Persistence.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Persistence.Sqlite;

/// <summary>Registers Credence persistence on SQLite, the embedded default: one file in the data folder.</summary>
public static class SqlitePersistence
{
    /// <summary>The database file's name inside the data folder.</summary>
    public const string FileName = "credence.db";

    /// <summary>Registers <see cref="CredenceDbContext"/> on SQLite with this project's migrations, the FTS5 catalog search and the stores.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="connectionString">A SQLite connection string (<see cref="ConnectionStringForDataPath"/> builds the default one).</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is null or empty.</exception>
    public static IServiceCollection AddCredenceSqlite(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        services.AddDbContext<CredenceDbContext>((provider, options) =>
            Configure(options, connectionString).AddInterceptors(provider.GetRequiredService<CatalogCountCache>()));
        services.AddScoped<ICatalogSearch, SqliteCatalogSearch>();
        PersistenceServices.AddCommon(services);
        return services;
    }

    /// <summary>The connection string for <see cref="FileName"/> in a data folder, creating the folder if needed.</summary>
    /// <param name="dataPath">The data folder (<c>Credence:DataPath</c>, default <c>./data</c>).</param>
    /// <returns>The connection string.</returns>
    /// <exception cref="ArgumentException"><paramref name="dataPath"/> is null or empty.</exception>
    public static string ConnectionStringForDataPath(string dataPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataPath);
        var folder = Path.GetFullPath(dataPath);
        Directory.CreateDirectory(folder);
        return new DbConnectionStringBuilder { ["Data Source"] = Path.Combine(folder, FileName), ["Pooling"] = true }.ConnectionString;
    }

    internal static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(SqlitePersistence).Assembly.GetName().Name));
}
