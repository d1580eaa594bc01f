namespace Credence.JsonLd.Rdf;

/// <summary>An RDF quad: a triple and the graph it belongs to.</summary>
/// <param name="Subject">An IRI or blank node.</param>
/// <param name="Predicate">An IRI (a blank node only in generalized RDF).</param>
/// <param name="Object">An IRI, blank node or literal.</param>
/// <param name="Graph">An IRI, blank node, or <see cref="RdfTerm.DefaultGraph"/>.</param>
public readonly record struct Quad(RdfTerm Subject, RdfTerm Predicate, RdfTerm Object, RdfTerm Graph);
