using System.Globalization;

namespace Credence.Credentials.Documents;

/// <summary>Writes and reads the <c>xsd:dateTime</c> strings credentials carry.</summary>
/// <remarks>Written in UTC to whole seconds (<c>2026-01-01T00:00:00Z</c>), the form every verifier in use accepts.</remarks>
internal static class XsdDateTime
{
    public static string Format(DateTimeOffset value) => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;

        // xsd:dateTime needs a 'T' and a full date; DateTimeOffset.TryParse alone would accept "1/2/2026".
        if (text is null || text.Length < 19 || text[10] != 'T')
        {
            return false;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
    }
}
