using System.Text.RegularExpressions;
using Credence.Domain.Common;
using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;

namespace Credence.Domain.Authoring;

/// <summary>Checks on single values that their type alone does not express: ids, ISO codes and number ranges.</summary>
internal static partial class FieldRules
{
    public static void Check(Type record, MemberShape member, object value, string field, SourcePosition position, ErrorSink errors)
    {
        switch (value)
        {
            case string id when member.Key == "id" && !IdPattern().IsMatch(id):
                errors.Add(AuthoringCodes.InvalidId, $"The id '{Shorten(id)}' must be lowercase letters and digits, in words joined by single dashes (for example 'it-support-fundamentals').", position, field);
                break;
            case string currency when record == typeof(Cost) && member.Key == "currency" && !CurrencyPattern().IsMatch(currency):
                errors.Add(AuthoringCodes.InvalidFormat, $"'{Shorten(currency)}' is not an ISO 4217 currency code (three capital letters, for example USD or EUR).", position, field);
                break;
            case string country when member.Key == "country" && (record == typeof(ProviderInfo) || record == typeof(RegionRef)) && !CountryPattern().IsMatch(country):
                errors.Add(AuthoringCodes.InvalidFormat, $"'{Shorten(country)}' is not an ISO 3166-1 alpha-2 country code (two capital letters, for example US).", position, field);
                break;
            case string state when member.Key == "state" && record == typeof(RegionRef) && !CountryPattern().IsMatch(state):
                errors.Add(AuthoringCodes.InvalidFormat, $"'{Shorten(state)}' is not a two-letter state code (for example OH).", position, field);
                break;
            case int level when record == typeof(Microcredential) && member.Key == "eqfLevel" && level is < 1 or > 8:
                errors.Add(AuthoringCodes.ValueOutOfRange, $"The EQF level must be between 1 and 8, not {level}.", position, field);
                break;
            case int months when record == typeof(Validity) && member.Key == "months" && months < 1:
                errors.Add(AuthoringCodes.ValueOutOfRange, $"Validity must be at least 1 month, not {months}; leave 'months' out when the credential does not expire.", position, field);
                break;
            case int number when number < 0 && record != typeof(PathwayStage):
                errors.Add(AuthoringCodes.ValueOutOfRange, $"'{member.Key}' must not be negative ({number}).", position, field);
                break;
            case decimal number when number < 0:
                errors.Add(AuthoringCodes.ValueOutOfRange, $"'{member.Key}' must not be negative ({number}).", position, field);
                break;
            default:
                break;
        }
    }

    /// <summary>True for text shaped like an id (so a prerequisite written this way is a reference).</summary>
    public static bool IsIdShaped(string text) => IdPattern().IsMatch(text);

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryPattern();
}
