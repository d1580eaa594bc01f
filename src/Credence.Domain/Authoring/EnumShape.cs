using System.Collections.Concurrent;

namespace Credence.Domain.Authoring;

/// <summary>The kebab-case names of an enum's members, both ways.</summary>
internal sealed class EnumShape
{
    private static readonly ConcurrentDictionary<Type, EnumShape> Cache = new();

    private readonly Dictionary<string, object> _byName;
    private readonly Dictionary<object, string> _byValue;

    private EnumShape(Type type)
    {
        _byName = new(StringComparer.Ordinal);
        _byValue = [];
        foreach (var name in Enum.GetNames(type))
        {
            var value = Enum.Parse(type, name);
            var kebab = KebabCase.FromPascal(name);
            _byName[kebab] = value;
            _byValue[value] = kebab;
        }

        Names = [.. _byName.Keys];
    }

    /// <summary>The allowed values in declaration order.</summary>
    public IReadOnlyList<string> Names { get; }

    public static EnumShape For(Type type) => Cache.GetOrAdd(type, static t => new EnumShape(t));

    public bool TryParse(string name, out object? value) => _byName.TryGetValue(name, out value);

    public string NameOf(object value) => _byValue[value];
}
