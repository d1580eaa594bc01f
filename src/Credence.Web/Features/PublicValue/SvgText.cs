using System.Globalization;
using System.Net;

namespace Credence.Web.Features.PublicValue;

/// <summary>Text for the server-drawn SVG charts: invariant numbers, encoded text, words wrapped to a width.</summary>
internal static class SvgText
{
    public static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Breaks text into at most <paramref name="maxLines"/> lines of about <paramref name="width"/> characters, marking a cut with "…".</summary>
    public static List<string> Wrap(string text, int width, int maxLines)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines.Count <= maxLines ? lines : [.. lines.Take(maxLines - 1), lines[maxLines - 1] + "…"];
    }
}
