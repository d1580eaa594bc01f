namespace Credence.Domain.Authoring;

/// <summary>A scalar; <see cref="IsPlain"/> tells an unquoted, untagged scalar (which may be a number, boolean or null) from text.</summary>
internal sealed class YamlScalar(SourcePosition position, string value, bool isPlain) : YamlNode(position)
{
    public string Value { get; } = value;

    public bool IsPlain { get; } = isPlain;

    /// <summary>True for the YAML 1.2 core schema's null: an empty plain scalar, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() => IsNull ? "null" : IsPlain ? $"'{Value}'" : "text";
}
