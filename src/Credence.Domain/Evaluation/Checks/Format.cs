using System.Globalization;

namespace Credence.Domain.Evaluation.Checks;

/// <summary>Renders values for evidence and summaries the same way everywhere (invariant culture).</summary>
internal static class Format
{
    public const string MissingValue = "missing";

    public static string Of(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Of(decimal? value) => value is { } v ? Of(v) : MissingValue;

    public static string Of(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Of(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Of(DateOnly? value) => value is { } v ? Of(v) : MissingValue;

    public static string Of(bool value) => value ? "true" : "false";

    public static string Of(IReadOnlyList<string> values) => values.Count == 0 ? "none" : string.Join(", ", values);

    /// <summary>The kebab-case name of an enum member, as the authoring format writes it.</summary>
    public static string Kebab<TEnum>(TEnum value)
        where TEnum : struct, Enum => KebabCache<TEnum>.Names[value];

    public static string Kebab(string pascal)
    {
        var builder = new System.Text.StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Whole months from <paramref name="from"/> to <paramref name="to"/> (negative when <paramref name="from"/> is later).</summary>
    public static int MonthsBetween(DateOnly from, DateOnly to)
    {
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        if (months > 0 && to.Day < from.Day)
        {
            months--;
        }

        return months;
    }

    private static class KebabCache<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly Dictionary<TEnum, string> Names =
            Enum.GetValues<TEnum>().ToDictionary(v => v, v => Kebab(v.ToString()));
    }
}
