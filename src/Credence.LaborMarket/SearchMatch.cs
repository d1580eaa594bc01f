namespace Credence.LaborMarket;

/// <summary>How a search hit matched the query, best first.</summary>
public enum SearchMatch
{
    /// <summary>A name or alternative label equals the query.</summary>
    Exact,

    /// <summary>A name or alternative label starts with the query.</summary>
    Prefix,

    /// <summary>Every word of the query starts a word of a name or alternative label.</summary>
    WordPrefix,

    /// <summary>A word of the query is one or two typing errors away from a word of a name or label.</summary>
    Fuzzy,
}
