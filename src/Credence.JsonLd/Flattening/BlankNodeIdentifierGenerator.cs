using System.Globalization;

namespace Credence.JsonLd.Flattening;

/// <summary>JSON-LD 1.1 API "Generate Blank Node Identifier" (Flattening Algorithms): fresh labels, the same one for each input label.</summary>
/// <seealso href="https://www.w3.org/TR/json-ld11-api/#generate-blank-node-identifier"/>
internal sealed class BlankNodeIdentifierGenerator
{
    private readonly Dictionary<string, string> _identifierMap = new(StringComparer.Ordinal);
    private int _counter;

    public string Generate(string? identifier = null)
    {
        // 1. An identifier seen before gets the same new one.
        if (identifier is not null && _identifierMap.TryGetValue(identifier, out var existing))
        {
            return existing;
        }

        // 2. Otherwise a new one from the counter.
        var generated = "_:b" + _counter.ToString(CultureInfo.InvariantCulture);
        _counter++;

        // 3. Remember it.
        if (identifier is not null)
        {
            _identifierMap[identifier] = generated;
        }

        return generated;
    }
}
