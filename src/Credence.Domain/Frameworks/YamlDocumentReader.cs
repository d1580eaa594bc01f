using Credence.Domain.Evaluation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Credence.Domain.Frameworks;

/// <summary>Reads framework and override YAML node by node, collecting every problem with its line and column instead of throwing.</summary>
internal sealed class YamlDocumentReader
{
    private readonly string _path;

    public YamlDocumentReader(string path)
    {
        _path = path;
    }

    public List<FrameworkError> Errors { get; } = [];

    /// <summary>Where each key path was read, so later rule checks can point at it.</summary>
    public Dictionary<string, Mark> Places { get; } = new(StringComparer.Ordinal);

    public YamlMappingNode? Parse(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            Errors.Add(new FrameworkError(RuleCodes.YamlSyntax, e.Message, _path, (int)e.Start.Line, (int)e.Start.Column, null));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // Note: YamlDotNet throws InvalidOperationException (scanner, on some malformed plain scalars) or
            // ArgumentException (node loader, on an unexpected event) instead of YamlException for some malformed text;
            // it is still bad text, so report it as a syntax error where the scanner stopped.
            var mark = LastReadableMark(text);
            Errors.Add(new FrameworkError(RuleCodes.YamlSyntax, "The YAML text is malformed here.", _path, (int)mark.Line, (int)mark.Column, null));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            Errors.Add(new FrameworkError(RuleCodes.MissingField, "The document is empty.", _path, 1, 1, null));
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            var extra = stream.Documents[1].RootNode.Start;
            Add(RuleCodes.UnexpectedNode, extra, null, "Only one document per file is read.");
        }

        return Mapping(stream.Documents[0].RootNode, string.Empty);
    }

    /// <summary>Where the scanner stops reading malformed text: the end of the last token it could read.</summary>
    private static Mark LastReadableMark(string text)
    {
        var scanner = new Scanner(new StringReader(text));
        var mark = new Mark();
        try
        {
            while (scanner.MoveNext())
            {
                mark = scanner.Current?.End ?? mark;
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            return mark;
        }

        return mark;
    }

    public void Add(string code, Mark mark, string? field, string message) =>
        Errors.Add(new FrameworkError(code, message, _path, (int)mark.Line, (int)mark.Column, string.IsNullOrEmpty(field) ? null : field));

    /// <summary>Reports a problem found after reading, at the nearest place recorded for its key path.</summary>
    public void AddAt(string code, string field, string message)
    {
        var key = field;
        while (true)
        {
            if (Places.TryGetValue(key, out var mark))
            {
                Add(code, mark, field, message);
                return;
            }

            var cut = Math.Max(key.LastIndexOf('.'), key.LastIndexOf('['));
            if (cut <= 0)
            {
                Errors.Add(new FrameworkError(code, message, _path, 1, 1, field));
                return;
            }

            key = key[..cut];
        }
    }

    public YamlMappingNode? Mapping(YamlNode node, string field)
    {
        Places.TryAdd(field, node.Start);
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        Add(RuleCodes.UnexpectedNode, node.Start, field, "A mapping (key: value) is expected here.");
        return null;
    }

    public YamlSequenceNode? Sequence(YamlNode node, string field)
    {
        Places.TryAdd(field, node.Start);
        if (node is YamlSequenceNode sequence)
        {
            return sequence;
        }

        Add(RuleCodes.UnexpectedNode, node.Start, field, "A list is expected here.");
        return null;
    }

    public string? Scalar(YamlNode node, string field)
    {
        Places.TryAdd(field, node.Start);
        if (node is YamlScalarNode { Value: { } value })
        {
            return value;
        }

        Add(RuleCodes.UnexpectedNode, node.Start, field, "A single value is expected here.");
        return null;
    }

    public double? Weight(YamlNode node, string field)
    {
        var text = Scalar(node, field);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= 0)
        {
            return value;
        }

        Add(RuleCodes.InvalidValue, node.Start, field, $"'{text}' is not a non-negative number.");
        return null;
    }

    /// <summary>The entries of a mapping with their keys as text; reports keys not in <paramref name="known"/> (null allows any).</summary>
    public IEnumerable<(string Key, YamlNode Value, string Field)> Entries(YamlMappingNode mapping, string field, IReadOnlyCollection<string>? known)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value;
            var at = field.Length == 0 ? key ?? string.Empty : $"{field}.{key}";
            if (key is null)
            {
                Add(RuleCodes.UnexpectedNode, keyNode.Start, field, "A key must be a single value.");
                continue;
            }

            if (!seen.Add(key))
            {
                Add(RuleCodes.DuplicateId, keyNode.Start, at, $"The key '{key}' appears twice.");
                continue;
            }

            if (known is not null && !known.Contains(key))
            {
                Add(RuleCodes.UnknownField, keyNode.Start, at, $"'{key}' is not a known key here.");
                continue;
            }

            Places.TryAdd(at, keyNode.Start);
            yield return (key, value, at);
        }
    }

    /// <summary>Reports a required key that is missing from a mapping.</summary>
    public void Require(YamlMappingNode mapping, string field, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (!mapping.Children.ContainsKey(new YamlScalarNode(key)))
            {
                Add(RuleCodes.MissingField, mapping.Start, field.Length == 0 ? key : $"{field}.{key}", $"The key '{key}' is required.");
            }
        }
    }
}
