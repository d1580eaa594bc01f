using Credence.Persistence;
using Credence.Persistence.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Persistence.PostgreSql;

/// <summary>Registers Credence persistence on PostgreSQL, for deployments that scale out.</summary>
public static class PostgreSqlPersistence
{
    /// <summary>Registers <see cref="CredenceDbContext"/> on PostgreSQL with this project's migrations, the <c>tsvector</c> catalog search and the stores.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is null or empty.</exception>
    public static IServiceCollection AddCredencePostgreSql(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        services.AddDbContext<CredenceDbContext>((provider, options) =>
            Configure(options, connectionString).AddInterceptors(provider.GetRequiredService<CatalogCountCache>()));
        services.AddScoped<ICatalogSearch, PostgreSqlCatalogSearch>();
        PersistenceServices.AddCommon(services);
        return services;
    }

    internal static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(PostgreSqlPersistence).Assembly.GetName().Name));
}
