using System.Globalization;
using System.Text.Json;
using Credence.Web.Shared;

namespace Credence.Web.Features.DesignForms;

/// <summary>Turns the text of form controls into typed values, reporting each value that does not parse against its field key.</summary>
internal sealed class FormReader(FieldErrors errors)
{
    public FieldErrors Errors => errors;

    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>One entry per line; commas also separate entries when <paramref name="commas"/> is set (ids, codes).</summary>
    public static IReadOnlyList<string> List(string? value, bool commas = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        var separators = commas ? new[] { '\n', '\r', ',' } : ['\n', '\r'];
        return value.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public static string Lines(IEnumerable<string> values) => string.Join('\n', values);

    public decimal? Decimal(string? value, string key)
    {
        if (Text(value) is not { } text)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        errors.Add(key, ApiCodes.NotANumber, "Write a number, such as 12 or 12.5.");
        return null;
    }

    public int? Integer(string? value, string key)
    {
        if (Text(value) is not { } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        errors.Add(key, ApiCodes.NotANumber, "Write a whole number.");
        return null;
    }

    public DateOnly? Date(string? value, string key)
    {
        if (Text(value) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(key, ApiCodes.InvalidDate, "Write a date as YYYY-MM-DD.");
        return null;
    }

    public static bool? YesNo(string? value) => value switch
    {
        "yes" => true,
        "no" => false,
        _ => null,
    };

    public static string YesNo(bool? value) => value switch
    {
        true => "yes",
        false => "no",
        null => string.Empty,
    };

    /// <summary>An enum from its kebab-case name; blank gives null, an unknown name is reported.</summary>
    public T? Enum<T>(string? value, string key)
        where T : struct, Enum
    {
        if (Text(value) is not { } text)
        {
            return null;
        }

        foreach (var candidate in System.Enum.GetValues<T>())
        {
            if (Name(candidate) == text)
            {
                return candidate;
            }
        }

        errors.Add(key, ApiCodes.InvalidChoice, "Choose one of the listed values.");
        return null;
    }

    public IReadOnlyList<T> Enums<T>(IEnumerable<string> values, string key)
        where T : struct, Enum
    {
        var result = new List<T>();
        foreach (var value in values)
        {
            if (Enum<T>(value, key) is { } parsed && !result.Contains(parsed))
            {
                result.Add(parsed);
            }
        }

        return result;
    }

    public static string Name<T>(T value)
        where T : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>Every value of an enum as (kebab-case name, words) for a select or checkboxes.</summary>
    public static IEnumerable<(string Value, string Text)> Options<T>()
        where T : struct, Enum =>
        System.Enum.GetValues<T>().Select(v => (Name(v), Name(v).Replace('-', ' ')));

    public static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
