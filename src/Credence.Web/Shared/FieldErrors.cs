using Microsoft.AspNetCore.Http.HttpResults;

namespace Credence.Web.Shared;

/// <summary>Field-level problems collected in one pass: every field with its messages and codes.</summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, List<(string Code, string Message)>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string field, string code, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            list = [];
            _errors[field] = list;
        }

        list.Add((code, message));
    }

    public IReadOnlyDictionary<string, IReadOnlyList<(string Code, string Message)>> ByField =>
        _errors.ToDictionary(e => e.Key, e => (IReadOnlyList<(string Code, string Message)>)e.Value, StringComparer.Ordinal);

    /// <summary>RFC 9457 validation problem: <c>errors</c> holds the messages per field, the extension <c>codes</c> the codes per field.</summary>
    public ValidationProblem ToProblem() =>
        TypedResults.ValidationProblem(
            _errors.ToDictionary(e => e.Key, e => e.Value.Select(v => v.Message).ToArray(), StringComparer.Ordinal),
            extensions: new Dictionary<string, object?>
            {
                ["codes"] = _errors.ToDictionary(e => e.Key, e => e.Value.Select(v => v.Code).ToArray(), StringComparer.Ordinal),
            });
}
