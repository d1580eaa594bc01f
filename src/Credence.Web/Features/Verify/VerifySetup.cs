using Credence.Credentials.Fetching;

namespace Credence.Web.Features.Verify;

/// <summary>Services of the public verifier: its settings, the guarded fetcher for other issuers' documents, and this instance's own documents.</summary>
internal static class VerifySetup
{
    public static IServiceCollection AddCredenceVerifier(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(VerifierSettings.Section).Get<VerifierSettings>() ?? new VerifierSettings();
        services.AddSingleton(settings);
        services.AddSingleton(provider => new GuardedHttpDocumentFetcher(
            new FetchOptions { MaxResponseBytes = settings.MaxDocumentBytes, Timeout = TimeSpan.FromSeconds(settings.FetchTimeoutSeconds) },
            provider.GetRequiredService<TimeProvider>()));
        services.AddScoped<VerificationDocuments>();
        services.AddScoped<CredentialVerification>();
        return services;
    }
}
