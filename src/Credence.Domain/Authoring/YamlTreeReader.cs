using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Credence.Domain.Authoring;

/// <summary>Builds a <see cref="YamlNode"/> tree from YamlDotNet's parser events, without recursion and within limits.</summary>
/// <remarks>
/// Note: the tree is built here rather than with YamlDotNet's representation model so that nesting depth is
/// checked before anything recurses, and so that aliases stay shared nodes whose expansion the mapper can count.
/// </remarks>
internal static class YamlTreeReader
{
    /// <summary>The largest file accepted, in characters; real authoring files are a few kilobytes.</summary>
    public const int MaxCharacters = 2 * 1024 * 1024;

    /// <summary>The deepest nesting of lists and maps accepted; the model itself is less than ten deep.</summary>
    public const int MaxDepth = 64;

    /// <summary>Reads the first document of <paramref name="text"/>; returns false when the file cannot be read at all.</summary>
    public static bool TryRead(string text, ErrorSink errors, out YamlNode? root)
    {
        root = null;
        if (text.Length > MaxCharacters)
        {
            errors.Add(AuthoringCodes.DocumentTooLarge, $"The file has {text.Length:N0} characters; at most {MaxCharacters:N0} are accepted.", SourcePosition.Start, null);
            return false;
        }

        var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var stack = new Stack<Frame>();
        var documents = 0;
        var last = SourcePosition.Start;
        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                last = ToPosition(parser.Current!.End);
                switch (parser.Current)
                {
                    case DocumentStart start:
                        documents++;
                        if (documents > 1)
                        {
                            errors.Add(AuthoringCodes.MultipleDocuments, "The file holds more than one YAML document; put each record in its own file. Only the first document was read.", ToPosition(start.Start), null);
                            return true;
                        }

                        break;
                    case Scalar scalar:
                        var node = new YamlScalar(ToPosition(scalar.Start), scalar.Value, scalar.Style == ScalarStyle.Plain && IsUntagged(scalar.Tag));
                        Register(anchors, scalar.Anchor, node);
                        Attach(stack, ref root, node);
                        break;
                    case SequenceStart sequence:
                        if (!Push(stack, new YamlSequence(ToPosition(sequence.Start)), sequence.Anchor, errors))
                        {
                            return false;
                        }

                        break;
                    case MappingStart mapping:
                        if (!Push(stack, new YamlMapping(ToPosition(mapping.Start)), mapping.Anchor, errors))
                        {
                            return false;
                        }

                        break;
                    case SequenceEnd or MappingEnd:
                        var frame = stack.Pop();
                        Register(anchors, frame.Anchor, frame.Node);
                        Attach(stack, ref root, frame.Node);
                        break;
                    case AnchorAlias alias:
                        if (!anchors.TryGetValue(alias.Value.Value, out var target))
                        {
                            errors.Add(AuthoringCodes.YamlSyntax, $"The alias *{alias.Value.Value} names no anchor defined before it.", ToPosition(alias.Start), null);
                            return false;
                        }

                        Attach(stack, ref root, target);
                        break;
                    default:
                        break;
                }
            }
        }
        catch (YamlException e)
        {
            errors.Add(AuthoringCodes.YamlSyntax, $"The YAML is not well-formed: {e.Message}", ToPosition(e.Start), null);
            return false;
        }
        catch (InvalidOperationException e)
        {
            // Note: YamlDotNet's scanner throws this (instead of a YamlException) on some malformed plain scalars.
            errors.Add(AuthoringCodes.YamlSyntax, $"The YAML is not well-formed after this point: {e.Message}", last, null);
            return false;
        }

        return true;
    }

    private static bool IsUntagged(TagName tag) => tag.IsEmpty || tag.IsNonSpecific;

    private static bool Push(Stack<Frame> stack, YamlNode node, AnchorName anchor, ErrorSink errors)
    {
        if (stack.Count >= MaxDepth)
        {
            errors.Add(AuthoringCodes.NestingTooDeep, $"Lists and maps nest more than {MaxDepth} levels deep.", node.Position, null);
            return false;
        }

        stack.Push(new Frame(node, anchor));
        return true;
    }

    private static void Register(Dictionary<string, YamlNode> anchors, AnchorName anchor, YamlNode node)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }
    }

    private static void Attach(Stack<Frame> stack, ref YamlNode? root, YamlNode node)
    {
        if (stack.Count == 0)
        {
            root = node;
            return;
        }

        var parent = stack.Peek();
        switch (parent.Node)
        {
            case YamlSequence sequence:
                sequence.Items.Add(node);
                break;
            case YamlMapping when parent.PendingKey is null:
                parent.PendingKey = node;
                break;
            case YamlMapping mapping:
                mapping.Entries.Add(new(parent.PendingKey, node));
                parent.PendingKey = null;
                break;
            default:
                break;
        }
    }

    private static SourcePosition ToPosition(Mark mark) => new((int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    private sealed class Frame(YamlNode node, AnchorName anchor)
    {
        public YamlNode Node { get; } = node;

        public AnchorName Anchor { get; } = anchor;

        public YamlNode? PendingKey { get; set; }
    }
}
