using Credence.Domain.LaborMarket;
using Credence.LaborMarket;
using Credence.Persistence.PostgreSql;
using Credence.Persistence.Sqlite;

namespace Credence.Web.Shared;

/// <summary>Chooses the database provider from configuration: <c>Database:Provider</c> (<c>Sqlite</c>, the default, or <c>PostgreSql</c>) and <c>ConnectionStrings:Credence</c>.</summary>
internal static class DatabaseSetup
{
    public const string ConnectionStringName = "Credence";

    public static IServiceCollection AddCredenceDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            var dataPath = configuration["Credence:DataPath"] is { Length: > 0 } path ? path : "data";
            services.AddCredenceSqlite(string.IsNullOrEmpty(connectionString) ? SqlitePersistence.ConnectionStringForDataPath(dataPath) : connectionString);
        }
        else if (provider.Equals("PostgreSql", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrEmpty(connectionString))
            {
                throw new InvalidOperationException("Database:Provider is PostgreSql but ConnectionStrings:Credence is not set.");
            }

            services.AddCredencePostgreSql(connectionString);
        }
        else
        {
            throw new InvalidOperationException($"Database:Provider '{provider}' is not supported; use Sqlite or PostgreSql.");
        }

        // Scorecards use the embedded labor-market dataset (loaded on first use).
        services.AddSingleton<ILaborMarketFacts>(_ => LaborMarketDataset.Embedded);
        return services;
    }
}
