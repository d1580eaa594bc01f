using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Credence.Domain.Authoring;

/// <summary>The keys of a model record, read by reflection so the format follows the model: its settable public properties.</summary>
/// <remarks>Computed properties (no setter) are not keys. Positional records are built through their primary constructor.</remarks>
internal sealed class RecordShape
{
    private static readonly ConcurrentDictionary<Type, RecordShape> Cache = new();

    private readonly ConstructorInfo? _constructor;
    private readonly object? _defaults;

    private RecordShape(Type type)
    {
        Type = type;
        var parameterless = type.GetConstructor(Type.EmptyTypes);
        _constructor = parameterless is null
            ? type.GetConstructors().Where(c => !IsCopyConstructor(c, type)).OrderByDescending(c => c.GetParameters().Length).First()
            : null;
        var parameters = _constructor?.GetParameters() ?? [];
        Members = [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p =>
            {
                var parameter = parameters.FirstOrDefault(a => string.Equals(a.Name, p.Name, StringComparison.Ordinal));
                var required = parameter is null ? p.IsDefined(typeof(RequiredMemberAttribute)) : !parameter.HasDefaultValue;
                return new MemberShape(KebabCase.CamelFromPascal(p.Name), p, required, parameter);
            })];
        ByKey = Members.ToDictionary(m => m.Key, StringComparer.Ordinal);
        _defaults = parameterless?.Invoke(null);
    }

    public Type Type { get; }

    /// <summary>The keys in declaration order.</summary>
    public IReadOnlyList<MemberShape> Members { get; }

    public IReadOnlyDictionary<string, MemberShape> ByKey { get; }

    public static RecordShape For(Type type) => Cache.GetOrAdd(type, static t => new RecordShape(t));

    /// <summary>True for the model's record types (classes outside the BCL), as opposed to scalars and lists.</summary>
    public static bool IsRecord(Type type) => type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("Credence.Domain", StringComparison.Ordinal) == true;

    /// <summary>The value a member has when the file does not give it.</summary>
    public object? DefaultOf(MemberShape member) =>
        member.Parameter is { } parameter ? (parameter.HasDefaultValue ? parameter.DefaultValue : null)
        : _defaults is null ? null
        : member.Property.GetValue(_defaults);

    /// <summary>Creates the record from the values found (by member); members not found keep their defaults.</summary>
    public object Create(IReadOnlyDictionary<MemberShape, object?> values)
    {
        if (_constructor is not null)
        {
            var arguments = _constructor.GetParameters()
                .Select(p => Members.First(m => m.Parameter == p))
                .Select(m => values.TryGetValue(m, out var v) ? v : DefaultOf(m))
                .ToArray();
            return _constructor.Invoke(arguments);
        }

        // Note: init-only setters are ordinary setters to reflection; records with required members still have a parameterless constructor.
        var record = Activator.CreateInstance(Type)!;
        foreach (var (member, value) in values)
        {
            member.Property.SetValue(record, value);
        }

        return record;
    }

    private static bool IsCopyConstructor(ConstructorInfo constructor, Type type) =>
        constructor.GetParameters() is [{ } only] && only.ParameterType == type;
}
