using System.Globalization;
using System.Text.RegularExpressions;
using Credence.LaborMarket.Model;

namespace Credence.LaborMarket.Import;

/// <summary>Parses the numeric, code and flag fields of the official files, with the BLS special values.</summary>
internal static partial class Fields
{
    [GeneratedRegex(@"^\d{2}-\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex SocPattern();

    [GeneratedRegex(@"^\d{2}-\d{4}\.\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex OnetSocPattern();

    [GeneratedRegex(@"^\d{2}\.\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex CipPattern();

    public static bool IsSoc(string code) => SocPattern().IsMatch(code);

    public static bool IsOnetSoc(string code) => OnetSocPattern().IsMatch(code);

    public static bool IsCip(string code) => CipPattern().IsMatch(code);

    /// <summary>Strips the Excel text wrapper <c>="01.0101"</c> that NCES downloads carry.</summary>
    public static string Unwrap(string value) =>
        value.StartsWith("=\"", StringComparison.Ordinal) && value.EndsWith('"') ? value[2..^1] : value;

    public static bool TryNumber(string text, out decimal value)
    {
        var cleaned = text.Replace(",", "", StringComparison.Ordinal).Replace("$", "", StringComparison.Ordinal);
        return decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A wage field: a number, <c>*</c> (not available), <c>#</c> or <c>&gt;=$239,200</c> (top-coded), or blank.</summary>
    public static WageValue Wage(TableRow row, string column)
    {
        var text = row.Get(column);
        switch (text)
        {
            case "":
                return WageValue.Blank;
            case "*" or "**" or "—" or "-":
                return new WageValue(null, WageStatus.NotAvailable);
            case "#":
                return new WageValue(null, WageStatus.TopCoded);
        }

        if (text.StartsWith(">=", StringComparison.Ordinal) && TryNumber(text[2..], out var floor))
        {
            return new WageValue(floor, WageStatus.TopCoded);
        }

        if (TryNumber(text, out var value))
        {
            return WageValue.Of(value);
        }

        row.Report(LaborMarketCodes.BadNumber, column, $"'{text}' is neither a wage nor a BLS special value (*, #).");
        return WageValue.Blank;
    }

    /// <summary>An optional number: blank, <c>**</c>, <c>~</c> and <c>—</c> are "not available".</summary>
    public static decimal? Number(TableRow row, string column)
    {
        var text = row.Get(column);
        if (text is "" or "*" or "**" or "~" or "—" or "-")
        {
            return null;
        }

        if (TryNumber(text, out var value))
        {
            return value;
        }

        row.Report(LaborMarketCodes.BadNumber, column, $"'{text}' is not a number.");
        return null;
    }

    public static bool Flag(TableRow row, string column)
    {
        var text = row.Get(column);
        switch (text)
        {
            case "Y":
                return true;
            case "N" or "":
                return false;
            default:
                row.Report(LaborMarketCodes.BadFlag, column, $"'{text}' is not Y or N.");
                return false;
        }
    }

    public static string? Text(TableRow row, string? column)
    {
        if (column is null)
        {
            return null;
        }

        var text = row.Get(column);
        return text is "" or "—" ? null : text;
    }
}
