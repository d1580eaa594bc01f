using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Credence.Credentials.Documents;

/// <summary>Serializes the Open Badges 3.0 / CLR 2.0 document models to the JSON that gets signed, and reads them back.</summary>
/// <remarks>Output is deterministic: properties in model order, absent values omitted, lists as arrays, non-ASCII text unescaped.
/// Reading accepts single values where lists are expected and an issuer given as its id alone.</remarks>
public static class CredentialJson
{
    private static readonly JsonSerializerOptions _options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        RespectNullableAnnotations = true,
        WriteIndented = true,
        MaxDepth = 64,
        Converters = { new SingleOrArrayConverterFactory() },
    };

    /// <summary>Serializes a document model.</summary>
    /// <typeparam name="T">The model type (for example <see cref="AchievementCredential"/>).</typeparam>
    /// <param name="document">The document.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string Serialize<T>(T document)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(document);
        return JsonSerializer.Serialize(document, _options);
    }

    /// <summary>Reads a document model from untrusted JSON.</summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <param name="document">The document on success.</param>
    /// <param name="error">On failure, what is wrong and where.</param>
    /// <returns><see langword="true"/> when the JSON is a valid document of that type.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static bool TryDeserialize<T>(string json, [NotNullWhen(true)] out T? document, [NotNullWhen(false)] out string? error)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            document = JsonSerializer.Deserialize<T>(json, _options);
            error = document is null ? "The document is null." : null;
            return document is not null;
        }
        catch (JsonException exception)
        {
            document = null;
            error = exception.Path is null ? exception.Message : $"{exception.Path}: {exception.Message}";
            return false;
        }
    }
}
