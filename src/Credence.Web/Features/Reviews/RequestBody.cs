using System.Text.Json;
using System.Text.Json.Serialization;
using Credence.Web.Shared;

namespace Credence.Web.Features.Reviews;

/// <summary>Reads a JSON request body strictly (camelCase, kebab-case enums, no unknown fields), reporting a malformed body as a field problem instead of throwing.</summary>
internal static class RequestBody
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    public static async Task<(T? Body, FieldErrors Errors)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        var errors = new FieldErrors();
        try
        {
            var body = await JsonSerializer.DeserializeAsync<T>(request.Body, Options, cancellationToken);
            if (body is null)
            {
                errors.Add("body", ApiCodes.MalformedBody, "The body is empty.");
            }

            return (body, errors);
        }
        catch (JsonException exception)
        {
            var path = exception.Path;
            var field = string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
            errors.Add(field, ApiCodes.MalformedBody, exception.Message);
            return (null, errors);
        }
    }
}
