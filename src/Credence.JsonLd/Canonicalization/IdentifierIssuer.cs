using Credence.JsonLd.Rdf;

namespace Credence.JsonLd.Canonicalization;

/// <summary>RDFC-1.0 §4.3 Identifier Issuer: an identifier prefix, an identifier counter and an issued identifiers map kept in issue order.</summary>
/// <remarks>
/// Blank nodes are the state's integer indices; an issued identifier is its counter value, written as
/// <c>prefix + number</c> only when needed. Small issuers look identifiers up by scanning (copies are cheap);
/// a map is built once an issuer grows.
/// </remarks>
/// <seealso href="https://www.w3.org/TR/rdf-canon/#issue-identifier"/>
internal sealed class IdentifierIssuer
{
    private const int ScanLimit = 8;

    private readonly byte[] _prefix;
    private readonly List<int> _issued;
    private Dictionary<int, int>? _map;

    public IdentifierIssuer(byte[] prefix)
    {
        _prefix = prefix;
        _issued = [];
    }

    private IdentifierIssuer(byte[] prefix, List<int> issued)
    {
        _prefix = prefix;
        _issued = issued;
    }

    /// <summary>The identifier counter: how many identifiers have been issued.</summary>
    public int Count => _issued.Count;

    /// <summary>The existing identifiers (blank node indices) in the order their identifiers were issued.</summary>
    public IReadOnlyList<int> IssuedOrder => _issued;

    public bool TryGetIdentifier(int existing, out int identifier)
    {
        if (_map is not null)
        {
            return _map.TryGetValue(existing, out identifier);
        }

        var issued = _issued;
        for (var i = 0; i < issued.Count; i++)
        {
            if (issued[i] == existing)
            {
                identifier = i;
                return true;
            }
        }

        identifier = -1;
        return false;
    }

    /// <summary>Records a new identifier (the current counter) for <paramref name="existing"/>; the caller has checked it has none.</summary>
    public int Add(int existing)
    {
        var identifier = _issued.Count;
        _issued.Add(existing);
        if (_map is not null)
        {
            _map.Add(existing, identifier);
        }
        else if (_issued.Count > ScanLimit)
        {
            _map = new Dictionary<int, int>(_issued.Count * 2);
            for (var i = 0; i < _issued.Count; i++)
            {
                _map.Add(_issued[i], i);
            }
        }

        return identifier;
    }

    /// <summary>Writes <c>_:</c> and the issued identifier (prefix and number).</summary>
    public void WriteLabel(Utf8Buffer output, int identifier)
    {
        output.Append("_:"u8);
        output.Append(_prefix);
        output.AppendInt(identifier);
    }

    /// <summary>The identifier as text, without <c>_:</c>.</summary>
    public string Label(int identifier) =>
        string.Concat(System.Text.Encoding.ASCII.GetString(_prefix), identifier.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public IdentifierIssuer Copy() => new(_prefix, [.. _issued]);
}
