namespace Credence.JsonLd.Rdf;

/// <summary>An RDF dataset: a collection of quads, kept in the order they were added (duplicates removed).</summary>
/// <seealso href="https://www.w3.org/TR/rdf11-concepts/#section-dataset"/>
public sealed class RdfDataset
{
    private readonly List<Quad> _quads = [];

    // Note: the set holds indexes into _quads rather than the quads themselves: a quad is four terms (128 bytes), and copying
    // those into a second collection on every resize was a measurable share of toRdf.
    private readonly HashSet<int> _seen;

    /// <summary>Creates an empty dataset.</summary>
    public RdfDataset() => _seen = new HashSet<int>(new QuadIndexComparer(_quads));

    /// <summary>Creates a dataset holding the given quads (duplicates removed).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="quads"/> is null.</exception>
    public RdfDataset(IEnumerable<Quad> quads)
        : this()
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
        _quads.Add(quad);
        if (_seen.Add(_quads.Count - 1))
        {
            return true;
        }

        _quads.RemoveAt(_quads.Count - 1);
        return false;
    }

    /// <summary>Compares quads by their index in the dataset's list.</summary>
    private sealed class QuadIndexComparer(List<Quad> quads) : IEqualityComparer<int>
    {
        public bool Equals(int x, int y) => quads[x].Equals(quads[y]);

        // Note: the four values tell quads apart well enough; hashing datatypes and language tags as well (as the record's own
        // hash does) doubled the cost of adding a quad.
        public int GetHashCode(int obj)
        {
            var quad = quads[obj];
            return HashCode.Combine(quad.Subject.Value, quad.Predicate.Value, quad.Object.Value, quad.Graph.Value);
        }
    }
}
