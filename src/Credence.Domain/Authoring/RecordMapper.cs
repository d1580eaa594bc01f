using System.Globalization;

namespace Credence.Domain.Authoring;

/// <summary>Maps a YAML tree onto the model's records, reporting every type error and recording where each field was written.</summary>
/// <remarks>
/// Records are built even when some of their fields are in error (those fields keep their defaults), so that the
/// checks after mapping can still look at the rest; a file with any error never leaves the loader.
/// </remarks>
internal sealed class RecordMapper(ErrorSink errors)
{
    /// <summary>The most nodes visited in one document, counting every expansion of an alias.</summary>
    public const int MaxNodes = 100_000;

    private int _visited;
    private bool _exhausted;

    /// <summary>Where each field path was written (the value's position).</summary>
    public Dictionary<string, SourcePosition> Positions { get; } = new(StringComparer.Ordinal);

    /// <summary>The position of <paramref name="field"/>, or of the nearest enclosing field written.</summary>
    public SourcePosition PositionOf(string field)
    {
        var path = field;
        while (true)
        {
            if (Positions.TryGetValue(path, out var position))
            {
                return position;
            }

            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0)
            {
                return Positions.TryGetValue(string.Empty, out var root) ? root : SourcePosition.Start;
            }

            path = path[..cut];
        }
    }

    /// <summary>Maps <paramref name="mapping"/> onto a record of <paramref name="shape"/>, skipping the <paramref name="ignoredKey"/>.</summary>
    public object? MapRecord(YamlMapping mapping, RecordShape shape, string path, string? ignoredKey = null)
    {
        if (!Visit(mapping))
        {
            return null;
        }

        Positions[path] = mapping.Position;
        var values = new Dictionary<MemberShape, object?>();
        var written = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Entries)
        {
            if (keyNode is not YamlScalar { IsNull: false } key)
            {
                errors.Add(AuthoringCodes.WrongType, $"A key must be a name, not {keyNode.Describe()}.", keyNode.Position, path.Length == 0 ? null : path);
                continue;
            }

            var field = Join(path, key.Value);
            if (written.TryGetValue(key.Value, out var first))
            {
                errors.Add(AuthoringCodes.DuplicateKey, $"The key '{key.Value}' is already given at line {first.Line}, column {first.Column}.", key.Position, field);
                continue;
            }

            written[key.Value] = key.Position;
            if (key.Value == ignoredKey)
            {
                continue;
            }

            if (!shape.ByKey.TryGetValue(key.Value, out var member))
            {
                var candidates = shape.Members.Select(m => m.Key).Where(k => !written.ContainsKey(k));
                errors.Add(AuthoringCodes.UnknownField, $"'{key.Value}' is not a field of {Describe(shape)}.{Suggestions.DidYouMean(key.Value, candidates)}", key.Position, field);
                continue;
            }

            if (!TryMap(valueNode, member.Property.PropertyType, field, out var value))
            {
                continue;
            }

            if (value is null || (member.Required && value is string text && string.IsNullOrWhiteSpace(text)))
            {
                if (member.Required)
                {
                    errors.Add(AuthoringCodes.MissingField, $"'{member.Key}' is required and must not be empty.", valueNode.Position, field);
                }

                continue;
            }

            FieldRules.Check(shape.Type, member, value, field, valueNode.Position, errors);
            values[member] = value;
        }

        foreach (var member in shape.Members.Where(m => m.Required && !written.ContainsKey(m.Key)))
        {
            errors.Add(AuthoringCodes.MissingField, $"{Describe(shape)} needs '{member.Key}'.", mapping.Position, Join(path, member.Key));
        }

        return shape.Create(values);
    }

    /// <summary>Maps any node onto <paramref name="type"/>; true with a null value when the file wrote null.</summary>
    private bool TryMap(YamlNode node, Type type, string field, out object? value)
    {
        value = null;
        if (!Visit(node))
        {
            return false;
        }

        Positions[field] = node.Position;
        if (node is YamlScalar { IsNull: true })
        {
            return true;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string))
        {
            var isText = Scalar(node, field, "text", out var text);
            value = text;
            return isText;
        }

        if (target == typeof(bool))
        {
            return Plain(node, field, "true or false", out var text) && Parse(ParseBoolean(text), node, field, "true or false", out value);
        }

        if (target == typeof(int))
        {
            return Plain(node, field, "a whole number", out var text) && Parse(int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null, node, field, "a whole number", out value);
        }

        if (target == typeof(decimal))
        {
            return Plain(node, field, "a number", out var text) && Parse(decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null, node, field, "a number", out value);
        }

        if (target == typeof(DateOnly))
        {
            return Scalar(node, field, "a date (YYYY-MM-DD)", out var text) && Date(text, node, field, out value);
        }

        if (target.IsEnum)
        {
            return Scalar(node, field, "a name", out var text) && EnumValue(EnumShape.For(target), text, node, field, out value);
        }

        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return List(node, target.GetGenericArguments()[0], field, out value);
        }

        if (node is not YamlMapping mapping)
        {
            errors.Add(AuthoringCodes.WrongType, $"Expected a map of fields, found {node.Describe()}.", node.Position, field);
            return false;
        }

        value = MapRecord(mapping, RecordShape.For(target), field);
        return value is not null;
    }

    private bool List(YamlNode node, Type elementType, string field, out object? value)
    {
        value = null;
        if (node is not YamlSequence sequence)
        {
            errors.Add(AuthoringCodes.WrongType, $"Expected a list, found {node.Describe()}.", node.Position, field);
            return false;
        }

        var items = new List<object>(sequence.Items.Count);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var itemField = $"{field}[{i}]";
            if (!TryMap(sequence.Items[i], elementType, itemField, out var item))
            {
                continue;
            }

            if (item is null)
            {
                errors.Add(AuthoringCodes.WrongType, "A list entry must not be null.", sequence.Items[i].Position, itemField);
                continue;
            }

            items.Add(item);
        }

        var array = Array.CreateInstance(elementType, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            array.SetValue(items[i], i);
        }

        value = array;
        return true;
    }

    private bool Scalar(YamlNode node, string field, string expected, out string text)
    {
        if (node is YamlScalar scalar)
        {
            text = scalar.Value;
            return true;
        }

        errors.Add(AuthoringCodes.WrongType, $"Expected {expected}, found {node.Describe()}.", node.Position, field);
        text = string.Empty;
        return false;
    }

    private bool Plain(YamlNode node, string field, string expected, out string text)
    {
        if (node is YamlScalar { IsPlain: true } scalar)
        {
            text = scalar.Value;
            return true;
        }

        errors.Add(AuthoringCodes.WrongType, $"Expected {expected} (unquoted), found {node.Describe()}.", node.Position, field);
        text = string.Empty;
        return false;
    }

    private bool Parse(object? parsed, YamlNode node, string field, string expected, out object? value)
    {
        value = parsed;
        if (parsed is null)
        {
            errors.Add(AuthoringCodes.WrongType, $"Expected {expected}, found {node.Describe()}.", node.Position, field);
            return false;
        }

        return true;
    }

    private bool Date(string text, YamlNode node, string field, out object? value)
    {
        value = null;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(AuthoringCodes.InvalidDate, $"'{Shorten(text)}' is not a calendar date written YYYY-MM-DD.", node.Position, field);
            return false;
        }

        value = date;
        return true;
    }

    private bool EnumValue(EnumShape shape, string text, YamlNode node, string field, out object? value)
    {
        if (shape.TryParse(text, out value))
        {
            return true;
        }

        errors.Add(AuthoringCodes.InvalidEnum, $"'{Shorten(text)}' is not allowed here; use one of: {string.Join(", ", shape.Names)}.{Suggestions.DidYouMean(text, shape.Names)}", node.Position, field);
        return false;
    }

    /// <summary>The YAML 1.2 core schema's booleans.</summary>
    private static bool? ParseBoolean(string text) => text switch
    {
        "true" or "True" or "TRUE" => true,
        "false" or "False" or "FALSE" => false,
        _ => null,
    };

    private bool Visit(YamlNode node)
    {
        if (_exhausted)
        {
            return false;
        }

        if (++_visited <= MaxNodes)
        {
            return true;
        }

        _exhausted = true;
        errors.Add(AuthoringCodes.TooManyNodes, $"The document expands to more than {MaxNodes:N0} values (aliases count each time they are used).", node.Position, null);
        return false;
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static string Describe(RecordShape shape) => $"'{KebabCase.FromPascal(shape.Type.Name)}'";

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");
}
