using Credence.Persistence.Designs;
using Credence.Persistence.Institutions;
using Credence.Persistence.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Credence.Persistence;

/// <summary>The services both providers register.</summary>
internal static class PersistenceServices
{
    public static IServiceCollection AddCommon(IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CatalogCountCache>();
        services.AddScoped<DesignStore>();
        services.AddScoped<InstitutionStore>();
        services.AddScoped<DesignImporter>();
        services.AddScoped<ProficiencyScaleStore>();
        services.AddScoped<Frameworks.FrameworkOverrideStore>();
        services.AddScoped<DesignScorer>();
        return services;
    }
}
