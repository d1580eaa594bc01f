using System.Globalization;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>A criterion's parameter values read through its check's declarations, with the declared defaults filled in; read once when the framework is compiled.</summary>
internal sealed class CheckArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, decimal> _numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _lists = new(StringComparer.Ordinal);

    public CheckArguments(Check check, IReadOnlyDictionary<string, string> given)
    {
        foreach (var parameter in check.Parameters)
        {
            var value = given.TryGetValue(parameter.Name, out var text) ? text : parameter.Default;
            if (value is null)
            {
                continue;
            }

            _values[parameter.Name] = value;
            switch (parameter.Kind)
            {
                case ParameterKind.Number:
                case ParameterKind.Integer:
                    _numbers[parameter.Name] = decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture);
                    break;
                case ParameterKind.List:
                    _lists[parameter.Name] = SplitList(value);
                    break;
                default:
                    break;
            }
        }
    }

    public decimal Number(string name) =>
        OptionalNumber(name) ?? throw new InvalidOperationException($"Parameter '{name}' has no value and no default.");

    public decimal? OptionalNumber(string name) => _numbers.TryGetValue(name, out var value) ? value : null;

    public int Integer(string name) => (int)Number(name);

    public bool Flag(string name) => _values.TryGetValue(name, out var value) && value == "true";

    public string? Text(string name) => _values.GetValueOrDefault(name);

    public IReadOnlyList<string> List(string name) => _lists.TryGetValue(name, out var value) ? value : [];

    public static IReadOnlyList<string> SplitList(string value) =>
        value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
