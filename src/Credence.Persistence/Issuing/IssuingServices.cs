using Credence.Persistence.Keys;
using Credence.Persistence.Mail;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Persistence.Issuing;

/// <summary>Registers the issuing services on top of <c>AddCredenceSqlite</c> or <c>AddCredencePostgreSql</c>.</summary>
public static class IssuingServices
{
    /// <summary>The Data Protection application name every Credence host uses, so the web app and the CLI share one key ring.</summary>
    public const string DataProtectionApplicationName = "Credence";

    /// <summary>Registers the issuing options, Data Protection with its key ring in the database, and the scoped services
    /// <see cref="IssuerKeyService"/>, <see cref="MasteryService"/>, <see cref="StatusListService"/>, <see cref="IssuanceService"/>,
    /// <see cref="LearnerRecordExport"/>, <see cref="Bulk.BulkIssuer"/> and <see cref="OutboxSender"/>.</summary>
    /// <param name="services">The service collection (with a Credence provider registered).</param>
    /// <param name="options">The issuing options.</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddCredenceIssuing(this IServiceCollection services, IssuingOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.AddDataProtection().SetApplicationName(DataProtectionApplicationName).PersistKeysToDbContext<CredenceDbContext>();
        services.AddScoped<IssuerKeyService>();
        services.AddScoped<MasteryService>();
        services.AddScoped<StatusListService>();
        services.AddScoped<IssuanceService>();
        services.AddScoped<LearnerRecordExport>();
        services.AddScoped<LearnerAccountLinker>();
        services.AddScoped<Bulk.BulkIssuer>();
        services.AddScoped<OutboxSender>();
        return services;
    }
}
