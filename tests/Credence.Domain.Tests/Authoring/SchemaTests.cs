using System.Text.Json;
using Credence.Domain.Authoring;
using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;

namespace Credence.Domain.Tests.Authoring;

/// <summary>The editor schema (schemas/credence-authoring.schema.json) and the model cannot drift apart.</summary>
public sealed class SchemaTests
{
    private static readonly Type[] TopLevel = [typeof(Microcredential), typeof(Pathway), typeof(ProficiencyScale)];

    private static JsonElement Schema()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AuthoringFiles.RepositoryRoot, "schemas", "credence-authoring.schema.json")));
        return document.RootElement.Clone();
    }

    /// <summary>Every record and enum type reachable from the three kinds.</summary>
    private static List<Type> ModelTypes()
    {
        var found = new List<Type>();
        var queue = new Queue<Type>(TopLevel);
        while (queue.Count > 0)
        {
            var type = queue.Dequeue();
            if (found.Contains(type))
            {
                continue;
            }

            found.Add(type);
            if (type.IsEnum)
            {
                continue;
            }

            foreach (var member in RecordShape.For(type).Members)
            {
                var value = member.ValueType.IsGenericType ? member.ValueType.GetGenericArguments()[0] : member.ValueType;
                value = Nullable.GetUnderlyingType(value) ?? value;
                if (value.IsEnum || RecordShape.IsRecord(value))
                {
                    queue.Enqueue(value);
                }
            }
        }

        return found;
    }

    [Fact]
    public void Schema_is_draft_2020_12_and_lists_the_three_kinds()
    {
        var schema = Schema();

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.GetProperty("$schema").GetString());
        Assert.Equal(
            ["microcredential", "pathway", "proficiency-scale"],
            schema.GetProperty("properties").GetProperty("kind").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Schema_has_a_definition_for_every_model_type_and_no_others()
    {
        var definitions = Schema().GetProperty("$defs").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);

        Assert.Equal(ModelTypes().Select(t => t.Name).Order(StringComparer.Ordinal), definitions);
    }

    [Fact]
    public void Schema_properties_and_required_fields_match_the_model()
    {
        var definitions = Schema().GetProperty("$defs");

        foreach (var type in ModelTypes().Where(t => !t.IsEnum))
        {
            var definition = definitions.GetProperty(type.Name);
            var shape = RecordShape.For(type);
            var expected = shape.Members.Select(m => m.Key).ToList();
            var expectedRequired = shape.Members.Where(m => m.Required).Select(m => m.Key).ToList();
            if (TopLevel.Contains(type))
            {
                expected.Insert(0, "kind");
                expectedRequired.Insert(0, "kind");
            }

            Assert.Equal(expected, definition.GetProperty("properties").EnumerateObject().Select(p => p.Name));
            Assert.Equal(expectedRequired, definition.TryGetProperty("required", out var required) ? required.EnumerateArray().Select(e => e.GetString()!) : []);
            Assert.False(definition.GetProperty("additionalProperties").GetBoolean());
            Assert.All(definition.GetProperty("properties").EnumerateObject(), p => Assert.False(string.IsNullOrWhiteSpace(p.Value.GetProperty("description").GetString()), $"{type.Name}.{p.Name} has no description"));
        }
    }

    [Fact]
    public void Schema_enum_values_match_the_model()
    {
        var definitions = Schema().GetProperty("$defs");

        foreach (var type in ModelTypes().Where(t => t.IsEnum))
        {
            var values = definitions.GetProperty(type.Name).GetProperty("enum").EnumerateArray().Select(e => e.GetString());

            Assert.Equal(EnumShape.For(type).Names, values);
        }
    }

    [Fact]
    public void Schema_references_point_at_the_member_types()
    {
        var definitions = Schema().GetProperty("$defs");

        foreach (var type in ModelTypes().Where(t => !t.IsEnum))
        {
            foreach (var member in RecordShape.For(type).Members)
            {
                var property = definitions.GetProperty(type.Name).GetProperty("properties").GetProperty(member.Key);
                var isList = member.ValueType.IsGenericType && member.ValueType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>);
                var element = isList ? member.ValueType.GetGenericArguments()[0] : member.ValueType;
                var node = isList ? property.GetProperty("items") : property;
                if (element.IsEnum || RecordShape.IsRecord(element))
                {
                    Assert.Equal($"#/$defs/{element.Name}", node.GetProperty("$ref").GetString());
                }
                else
                {
                    Assert.False(node.TryGetProperty("$ref", out _), $"{type.Name}.{member.Key} should be a scalar");
                }

                Assert.Equal(isList, property.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "array");
            }
        }
    }
}
