using System.Globalization;

namespace Credence.Web.Features.DesignForms;

/// <summary>
/// A form button that adds or removes a repeating row without saving (works without JavaScript):
/// <c>add:competencies</c>, <c>remove:competencies:2</c>, <c>add:competencies:0:alignments</c>, <c>remove:competencies:0:alignments:1</c>.
/// </summary>
internal sealed record RowCommand(bool Add, string List, int? Index, string? Nested, int? NestedIndex)
{
    public static RowCommand? Parse(string? command)
    {
        var parts = command?.Split(':') ?? [];
        if (parts.Length < 2 || parts[0] is not ("add" or "remove"))
        {
            return null;
        }

        var add = parts[0] == "add";
        int? Number(int i) => parts.Length > i && int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        return parts.Length switch
        {
            2 when add => new RowCommand(true, parts[1], null, null, null),
            3 when !add && Number(2) is { } index => new RowCommand(false, parts[1], index, null, null),
            4 when add && Number(2) is { } index => new RowCommand(true, parts[1], index, parts[3], null),
            5 when !add && Number(2) is { } index && Number(4) is { } nested => new RowCommand(false, parts[1], index, parts[3], nested),
            _ => null,
        };
    }

    /// <summary>Adds a new row to, or removes the indexed row from, a list; an index out of range changes nothing.</summary>
    public static void Apply<T>(List<T> rows, bool add, int? index)
        where T : new()
    {
        if (add)
        {
            rows.Add(new T());
        }
        else if (index is { } i && i >= 0 && i < rows.Count)
        {
            rows.RemoveAt(i);
        }
    }
}
