using System.Text.Json;
using System.Text.Json.Serialization;

namespace Credence.Web.Shared;

/// <summary>REST API services: problem details, JSON like the stored designs (camelCase, kebab-case enums), the OpenAPI document.</summary>
internal static class ApiSetup
{
    public static IServiceCollection AddCredenceApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        });
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Credence API";
            document.Info.Description = "Microcredentials and pathways: catalog search, versions, drafts and publishing. Errors are RFC 9457 problem details with stable codes.";
            return Task.CompletedTask;
        }));
        return services;
    }
}
