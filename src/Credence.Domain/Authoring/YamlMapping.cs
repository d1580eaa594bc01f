namespace Credence.Domain.Authoring;

/// <summary>A mapping (map), keeping its entries in document order.</summary>
internal sealed class YamlMapping(SourcePosition position) : YamlNode(position)
{
    public List<KeyValuePair<YamlNode, YamlNode>> Entries { get; } = [];

    public override string Describe() => "a map";
}
