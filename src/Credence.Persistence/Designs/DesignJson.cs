using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Credence.Domain.Evaluation;
using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;

namespace Credence.Persistence.Designs;

/// <summary>The canonical JSON form of designs and scorecards: camelCase keys as in the authoring format, kebab-case enum values, no nulls, no computed properties, unknown keys rejected.</summary>
public static class DesignJson
{
    /// <summary>The serializer options every stored design and API body uses (read-only).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Serializes a microcredential.</summary>
    /// <param name="microcredential">The record.</param>
    /// <returns>Its canonical JSON.</returns>
    public static string Serialize(Microcredential microcredential) => JsonSerializer.Serialize(microcredential, Options);

    /// <summary>Serializes a pathway.</summary>
    /// <param name="pathway">The record.</param>
    /// <returns>Its canonical JSON.</returns>
    public static string Serialize(Pathway pathway) => JsonSerializer.Serialize(pathway, Options);

    /// <summary>Serializes a scorecard.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <returns>Its canonical JSON.</returns>
    public static string Serialize(Scorecard scorecard) => JsonSerializer.Serialize(scorecard, Options);

    /// <summary>Reads a microcredential.</summary>
    /// <param name="json">Canonical JSON.</param>
    /// <returns>The record.</returns>
    /// <exception cref="JsonException">The text is not a valid microcredential.</exception>
    public static Microcredential DeserializeMicrocredential(string json) =>
        JsonSerializer.Deserialize<Microcredential>(json, Options) ?? throw new JsonException("The JSON is null, not a microcredential.");

    /// <summary>Reads a pathway.</summary>
    /// <param name="json">Canonical JSON.</param>
    /// <returns>The record.</returns>
    /// <exception cref="JsonException">The text is not a valid pathway.</exception>
    public static Pathway DeserializePathway(string json) =>
        JsonSerializer.Deserialize<Pathway>(json, Options) ?? throw new JsonException("The JSON is null, not a pathway.");

    /// <summary>Serializes a proficiency scale's levels.</summary>
    /// <param name="levels">The levels, lowest first.</param>
    /// <returns>Their canonical JSON.</returns>
    public static string Serialize(IReadOnlyList<ProficiencyLevel> levels) => JsonSerializer.Serialize(levels, Options);

    /// <summary>Reads a proficiency scale's levels.</summary>
    /// <param name="json">Canonical JSON.</param>
    /// <returns>The levels, lowest first.</returns>
    /// <exception cref="JsonException">The text is not a list of levels.</exception>
    public static IReadOnlyList<ProficiencyLevel> DeserializeLevels(string json) =>
        JsonSerializer.Deserialize<List<ProficiencyLevel>>(json, Options) ?? throw new JsonException("The JSON is null, not a list of levels.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DropComputedProperties } },
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.MakeReadOnly();
        return options;
    }

    // Computed properties (Cost.Total, PathwayStage.RequiredCount, …) are derived, so they are not part of the record's data.
    private static void DropComputedProperties(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            if (typeInfo.Properties[i].Set is null && typeInfo.Properties[i].AssociatedParameter is null)
            {
                typeInfo.Properties.RemoveAt(i);
            }
        }
    }
}
