using Credence.Persistence.Entities;
using Credence.Persistence.Issuing;
using Credence.Persistence.Mail;

namespace Credence.Web.Shared;

/// <summary>The issuing services with their options from configuration: <c>Credence:PublicBaseUrl</c>, <c>Credence:DataPath</c>,
/// <c>Credence:Issuing:DidMethod</c>, <c>Credence:Issuing:StatusPurpose</c>, <c>Credence:MailFrom</c> and <c>Credence:Smtp:*</c>.</summary>
internal static class IssuingSetup
{
    /// <summary>The public address when none is configured: fine on a developer's machine, where nobody else resolves it.</summary>
    public const string DefaultPublicBaseUrl = "https://localhost";

    public static IServiceCollection AddCredenceIssuingHost(this IServiceCollection services, IConfiguration configuration)
    {
        var publicBase = configuration["Credence:PublicBaseUrl"] is { Length: > 0 } configured ? configured : DefaultPublicBaseUrl;
        if (!Uri.TryCreate(publicBase, UriKind.Absolute, out var publicBaseUrl))
        {
            throw new InvalidOperationException($"Credence:PublicBaseUrl '{publicBase}' is not an absolute URL.");
        }

        var smtp = configuration.GetSection("Credence:Smtp");
        var options = new IssuingOptions
        {
            PublicBaseUrl = publicBaseUrl,
            DataPath = configuration["Credence:DataPath"] is { Length: > 0 } dataPath ? dataPath : "data",
            DidMethod = configuration.GetValue("Credence:Issuing:DidMethod", IssuerDidMethod.Web),
            StatusPurpose = configuration.GetValue("Credence:Issuing:StatusPurpose", StatusPurpose.Revocation),
            MailFrom = configuration["Credence:MailFrom"] is { Length: > 0 } from ? from : "no-reply@" + publicBaseUrl.Host,
            Smtp = smtp["Host"] is { Length: > 0 } host
                ? new SmtpOptions
                {
                    Host = host,
                    Port = smtp.GetValue("Port", 587),
                    UserName = smtp["UserName"],
                    Password = smtp["Password"],
                    RequireTls = smtp.GetValue("RequireTls", true),
                }
                : null,
        };
        services.AddCredenceIssuing(options);
        services.AddSingleton(new IssuingUrls(publicBaseUrl));
        return services;
    }
}
