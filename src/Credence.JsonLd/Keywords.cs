namespace Credence.JsonLd;

/// <summary>The JSON-LD keywords and the keyword form (<c>@</c> followed by letters).</summary>
/// <seealso href="https://www.w3.org/TR/json-ld11/#keywords"/>
internal static class Keywords
{
    public const string Base = "@base";
    public const string Container = "@container";
    public const string Context = "@context";
    public const string Default = "@default";
    public const string Direction = "@direction";
    public const string Graph = "@graph";
    public const string Id = "@id";
    public const string Import = "@import";
    public const string Included = "@included";
    public const string Index = "@index";
    public const string Json = "@json";
    public const string Language = "@language";
    public const string List = "@list";
    public const string Nest = "@nest";
    public const string None = "@none";
    public const string Prefix = "@prefix";
    public const string Propagate = "@propagate";
    public const string Protected = "@protected";
    public const string Reverse = "@reverse";
    public const string Set = "@set";
    public const string Type = "@type";
    public const string Value = "@value";
    public const string Version = "@version";
    public const string Vocab = "@vocab";

    private static readonly HashSet<string> All = new(StringComparer.Ordinal)
    {
        Base, Container, Context, Default, Direction, Graph, Id, Import, Included, Index, Json, Language, List, Nest,
        None, Prefix, Propagate, Protected, Reverse, Set, Type, Value, Version, Vocab,
        "@embed", "@explicit", "@omitDefault", "@requireAll",
    };

    public static bool IsKeyword(string? value) => value is not null && value.Length > 1 && value[0] == '@' && All.Contains(value);

    /// <summary>"@" followed by one or more ALPHA characters: reserved for future keywords.</summary>
    public static bool HasKeywordForm(string value)
    {
        if (value.Length < 2 || value[0] != '@')
        {
            return false;
        }

        for (var i = 1; i < value.Length; i++)
        {
            if (!char.IsAsciiLetter(value[i]))
            {
                return false;
            }
        }

        return true;
    }
}
