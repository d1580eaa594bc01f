namespace Credence.JsonLd.Rdf;

/// <summary>An RDF term: an IRI, a blank node, a literal, or the default graph name.</summary>
/// <seealso href="https://www.w3.org/TR/rdf11-concepts/#section-rdf-graph"/>
public readonly record struct RdfTerm
{
    /// <summary>The rdf:langString datatype IRI.</summary>
    public const string LangString = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

    /// <summary>The xsd:string datatype IRI.</summary>
    public const string XsdString = "http://www.w3.org/2001/XMLSchema#string";

    private RdfTerm(RdfTermKind kind, string value, string? datatype, string? language)
    {
        Kind = kind;
        Value = value;
        Datatype = datatype;
        Language = language;
    }

    /// <summary>What kind of term this is.</summary>
    public RdfTermKind Kind { get; }

    /// <summary>The IRI, the blank node label (without <c>_:</c>), or the literal's lexical form; empty for the default graph.</summary>
    public string Value { get; }

    /// <summary>A literal's datatype IRI (<see cref="LangString"/> when it has a language tag); null for other terms.</summary>
    public string? Datatype { get; }

    /// <summary>A literal's language tag; null otherwise.</summary>
    public string? Language { get; }

    /// <summary>The default graph's name.</summary>
    public static RdfTerm DefaultGraph { get; } = new(RdfTermKind.DefaultGraph, string.Empty, null, null);

    /// <summary>True for the default graph's name.</summary>
    public bool IsDefaultGraph => Kind == RdfTermKind.DefaultGraph;

    /// <summary>Creates an IRI term.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="iri"/> is null.</exception>
    public static RdfTerm Iri(string iri)
    {
        ArgumentNullException.ThrowIfNull(iri);
        return new(RdfTermKind.Iri, iri, null, null);
    }

    /// <summary>Creates a blank node with a label (without <c>_:</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    public static RdfTerm BlankNode(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return new(RdfTermKind.BlankNode, label, null, null);
    }

    /// <summary>Creates a literal; with a language tag its datatype is rdf:langString, otherwise xsd:string unless given.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="lexicalForm"/> is null.</exception>
    public static RdfTerm Literal(string lexicalForm, string? datatype = null, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(lexicalForm);
        return new(RdfTermKind.Literal, lexicalForm, language is null ? datatype ?? XsdString : LangString, language);
    }
}

/// <summary>The kind of an <see cref="RdfTerm"/>.</summary>
public enum RdfTermKind
{
    /// <summary>An IRI.</summary>
    Iri,

    /// <summary>A blank node.</summary>
    BlankNode,

    /// <summary>A literal.</summary>
    Literal,

    /// <summary>The default graph (as a graph name only).</summary>
    DefaultGraph,
}
