using System.Globalization;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>A parameter a check takes: its name, how its text is read, and its default.</summary>
/// <param name="Name">The parameter's name (kebab-case).</param>
/// <param name="Kind">How its value is read.</param>
/// <param name="Default">The default value as text, or null when the parameter is optional without a default.</param>
/// <param name="Description">What it sets, for the documentation.</param>
/// <param name="AllowedValues">For list and text parameters, the values allowed; empty means any.</param>
/// <param name="Required">Whether every criterion using the check must give the parameter.</param>
internal sealed record CheckParameter(
    string Name,
    ParameterKind Kind,
    string? Default,
    string Description,
    IReadOnlyList<string>? AllowedValues = null,
    bool Required = false)
{
    /// <summary>Checks that a value can be read as this parameter needs; returns a reason when it cannot.</summary>
    public string? Validate(string value)
    {
        switch (Kind)
        {
            case ParameterKind.Number:
                return decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && number >= 0
                    ? null
                    : $"'{value}' is not a non-negative number";
            case ParameterKind.Integer:
                return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer) && integer >= 0
                    ? null
                    : $"'{value}' is not a non-negative whole number";
            case ParameterKind.Boolean:
                return value is "true" or "false" ? null : $"'{value}' is not true or false";
            case ParameterKind.Text:
            case ParameterKind.List:
                if (AllowedValues is null || AllowedValues.Count == 0)
                {
                    return value.Length == 0 && Kind == ParameterKind.Text ? "the value is empty" : null;
                }

                var unknown = CheckArguments.SplitList(value).Where(v => !AllowedValues.Contains(v, StringComparer.Ordinal)).ToList();
                return unknown.Count == 0 ? null : $"'{string.Join(", ", unknown)}' is not one of {string.Join(", ", AllowedValues)}";
            default:
                throw new ArgumentOutOfRangeException(nameof(value), Kind, "Unknown parameter kind.");
        }
    }
}
