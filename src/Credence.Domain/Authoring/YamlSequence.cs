namespace Credence.Domain.Authoring;

/// <summary>A sequence (list).</summary>
internal sealed class YamlSequence(SourcePosition position) : YamlNode(position)
{
    public List<YamlNode> Items { get; } = [];

    public override string Describe() => "a list";
}
