using Credence.Persistence.Designs;
using Credence.Persistence.Institutions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Credence.Persistence;

/// <summary>The services both providers register.</summary>
internal static class PersistenceServices
{
    public static IServiceCollection AddCommon(IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<DesignStore>();
        services.AddScoped<InstitutionStore>();
        services.AddScoped<DesignImporter>();
        services.AddScoped<DesignScorer>();
        return services;
    }
}
