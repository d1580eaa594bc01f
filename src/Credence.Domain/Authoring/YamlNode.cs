namespace Credence.Domain.Authoring;

/// <summary>A node of the YAML tree the loader builds from parser events, keeping each node's position.</summary>
internal abstract class YamlNode(SourcePosition position)
{
    public SourcePosition Position { get; } = position;

    /// <summary>A short name of the node's shape for error messages.</summary>
    public abstract string Describe();
}
