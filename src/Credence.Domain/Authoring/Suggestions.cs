namespace Credence.Domain.Authoring;

/// <summary>"Did you mean …?" for misspelt keys and values: the closest candidate within a small edit distance.</summary>
internal static class Suggestions
{
    /// <summary>The candidate closest to <paramref name="actual"/>, or null when none is close enough to be a likely typo.</summary>
    public static string? Closest(string actual, IEnumerable<string> candidates)
    {
        // Short names are one edit away from many others, so they only match by case or dashes.
        var limit = actual.Length < 4 ? 0 : Math.Max(1, Math.Min(3, actual.Length / 3));
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = string.Equals(candidate, actual, StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.Replace("-", "", StringComparison.Ordinal), actual.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase)
                ? 0
                : Distance(actual, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= limit ? best : null;
    }

    /// <summary>" Did you mean 'x'?" or an empty string.</summary>
    public static string DidYouMean(string actual, IEnumerable<string> candidates) =>
        Closest(actual, candidates) is { } suggestion ? $" Did you mean '{suggestion}'?" : string.Empty;

    /// <summary>The Levenshtein distance (insertions, deletions, substitutions), case-insensitive.</summary>
    internal static int Distance(string a, string b)
    {
        if (a.Length > 64 || b.Length > 64)
        {
            return int.MaxValue;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
