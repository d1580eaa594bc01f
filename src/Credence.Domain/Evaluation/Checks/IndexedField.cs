namespace Credence.Domain.Evaluation.Checks;

/// <summary>The path of a field of a list element (<c>competencies[2].alignments</c>), with the paths of the first elements made once.</summary>
/// <remarks>Evidence names a field path for every element judged; building those strings on every evaluation was a large share of the evaluator's allocations.</remarks>
internal sealed class IndexedField
{
    private const int Cached = 32;
    private readonly string _prefix;
    private readonly string _suffix;
    private readonly string[] _paths;

    public IndexedField(string list, string? field = null)
    {
        _prefix = list + "[";
        _suffix = field is null ? "]" : "]." + field;
        _paths = new string[Cached];
        for (var i = 0; i < Cached; i++)
        {
            _paths[i] = Make(i);
        }
    }

    public string this[int index] => index < Cached ? _paths[index] : Make(index);

    private string Make(int index) => _prefix + Format.Of(index) + _suffix;
}
