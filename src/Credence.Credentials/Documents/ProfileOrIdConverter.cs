using System.Text.Json;
using System.Text.Json.Serialization;

namespace Credence.Credentials.Documents;

/// <summary>Reads a profile given either as an object or as its id alone (<c>"issuer": "did:web:…"</c>); writes the object.</summary>
internal sealed class ProfileOrIdConverter : JsonConverter<Profile>
{
    public override Profile Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? new Profile { Id = reader.GetString()! } // A string token always has a string value.
            : JsonSerializer.Deserialize<Profile>(ref reader, options) ?? throw new JsonException("A profile is null.");

    public override void Write(Utf8JsonWriter writer, Profile value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, options);
}
