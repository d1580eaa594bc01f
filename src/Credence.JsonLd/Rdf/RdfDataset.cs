namespace Credence.JsonLd.Rdf;

/// <summary>An RDF dataset: a collection of quads, kept in the order they were added (duplicates removed).</summary>
/// <seealso href="https://www.w3.org/TR/rdf11-concepts/#section-dataset"/>
public sealed class RdfDataset
{
    private readonly List<Quad> _quads = [];
    private readonly HashSet<Quad> _seen = [];

    /// <summary>Creates an empty dataset.</summary>
    public RdfDataset()
    {
    }

    /// <summary>Creates a dataset holding the given quads (duplicates removed).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="quads"/> is null.</exception>
    public RdfDataset(IEnumerable<Quad> quads)
    {
        ArgumentNullException.ThrowIfNull(quads);
        foreach (var quad in quads)
        {
            Add(quad);
        }
    }

    /// <summary>The quads, in the order they were first added.</summary>
    public IReadOnlyList<Quad> Quads => _quads;

    /// <summary>The number of distinct quads.</summary>
    public int Count => _quads.Count;

    /// <summary>Adds a quad unless an equal one is already present.</summary>
    /// <returns>True when the quad was added.</returns>
    public bool Add(Quad quad)
    {
        if (!_seen.Add(quad))
        {
            return false;
        }

        _quads.Add(quad);
        return true;
    }
}
