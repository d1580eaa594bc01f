using System.Reflection;

namespace Credence.Domain.Authoring;

/// <summary>One key of a record in the authoring format: a settable public property of the model.</summary>
internal sealed class MemberShape(string key, PropertyInfo property, bool required, ParameterInfo? parameter)
{
    /// <summary>The camelCase key.</summary>
    public string Key { get; } = key;

    public PropertyInfo Property { get; } = property;

    /// <summary>The property type, with <see cref="Nullable{T}"/> unwrapped.</summary>
    public Type ValueType { get; } = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;

    public bool Required { get; } = required;

    /// <summary>The primary-constructor parameter of a positional record, or null when the property is set directly.</summary>
    public ParameterInfo? Parameter { get; } = parameter;
}
