using System.Text;

namespace Credence.Persistence.Search;

/// <summary>Splits search text into plain words, so no user input reaches a full-text query language as syntax.</summary>
internal static class SearchWords
{
    private const int MaxWords = 16;

    public static IReadOnlyList<string> Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words.Distinct(StringComparer.Ordinal).Take(MaxWords).ToList();
    }
}
