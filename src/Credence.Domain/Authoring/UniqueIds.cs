namespace Credence.Domain.Authoring;

/// <summary>Reports ids used twice within one list of a record, naming where each was first used.</summary>
internal static class UniqueIds
{
    /// <summary>Checks the ids of the entries of <paramref name="list"/> (a field path); <paramref name="what"/> names an entry.</summary>
    public static void Check(LoadedDocument document, IEnumerable<string?> ids, string list, string what)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var id in ids)
        {
            if (id is not null && !first.TryAdd(id, index))
            {
                var field = $"{list}[{index}].id";
                document.Report(AuthoringCodes.DuplicateId, $"Another {what} already has the id '{id}' (at {document.Locate($"{list}[{first[id]}].id")}).", field);
            }

            index++;
        }
    }
}
