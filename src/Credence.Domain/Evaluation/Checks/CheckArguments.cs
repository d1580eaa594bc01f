using System.Globalization;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>A criterion's parameter values read through its check's declarations, with the declared defaults filled in.</summary>
internal sealed class CheckArguments
{
    private readonly Dictionary<string, string> _values;

    public CheckArguments(Check check, IReadOnlyDictionary<string, string> given)
    {
        _values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var parameter in check.Parameters)
        {
            if (given.TryGetValue(parameter.Name, out var value))
            {
                _values[parameter.Name] = value;
            }
            else if (parameter.Default is not null)
            {
                _values[parameter.Name] = parameter.Default;
            }
        }
    }

    public decimal Number(string name) =>
        OptionalNumber(name) ?? throw new InvalidOperationException($"Parameter '{name}' has no value and no default.");

    public decimal? OptionalNumber(string name) =>
        _values.TryGetValue(name, out var value) ? decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture) : null;

    public int Integer(string name) =>
        _values.TryGetValue(name, out var value)
            ? int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"Parameter '{name}' has no value and no default.");

    public bool Flag(string name) => _values.TryGetValue(name, out var value) && value == "true";

    public string? Text(string name) => _values.GetValueOrDefault(name);

    public IReadOnlyList<string> List(string name) =>
        _values.TryGetValue(name, out var value) ? SplitList(value) : [];

    public static IReadOnlyList<string> SplitList(string value) =>
        value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
