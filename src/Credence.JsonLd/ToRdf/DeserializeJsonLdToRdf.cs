using Credence.JsonLd.Flattening;
using Credence.JsonLd.Iri;
using Credence.JsonLd.Rdf;

namespace Credence.JsonLd.ToRdf;

/// <summary>JSON-LD 1.1 API §8.1.2 Deserialize JSON-LD to RDF Algorithm.</summary>
/// <seealso href="https://www.w3.org/TR/json-ld11-api/#deserialize-json-ld-to-rdf-algorithm"/>
internal static class DeserializeJsonLdToRdf
{
    public static RdfDataset ToDataset(JsonLdOperation operation, List<object?> expanded)
    {
        var dataset = new RdfDataset();
        var generator = new BlankNodeIdentifierGenerator();

        // 1. Generate the node map.
        var nodeMapGeneration = new NodeMapGeneration(generator, operation.CancellationToken);
        nodeMapGeneration.Generate(expanded);
        var conversion = new ObjectToRdfConversion(generator, operation.Options.RdfDirection, operation.Options.JavaScriptCompatibleToRdf);
        var listTriples = new List<(RdfTerm Subject, RdfTerm Predicate, RdfTerm Object)>();

        // 2. For each graph.
        foreach (var (graphName, graph) in nodeMapGeneration.NodeMap)
        {
            // 2.1 Graph names that are not well-formed are skipped.
            RdfTerm graphTerm;
            if (string.Equals(graphName, Keywords.Default, StringComparison.Ordinal))
            {
                graphTerm = RdfTerm.DefaultGraph;
            }
            else if (IriSyntax.IsWellFormedIriOrBlankNode(graphName))
            {
                graphTerm = Resource(graphName);
            }
            else
            {
                continue;
            }

            // 2.3 For each subject and node.
            foreach (var (subject, node) in graph)
            {
                operation.CancellationToken.ThrowIfCancellationRequested();

                // 2.3.1 Subjects that are not well-formed are skipped.
                if (!IriSyntax.IsWellFormedIriOrBlankNode(subject))
                {
                    continue;
                }

                var subjectTerm = Resource(subject);

                // 2.3.2 For each property and values.
                foreach (var (property, values) in node)
                {
                    if (values is not List<object?> items)
                    {
                        continue;
                    }

                    if (string.Equals(property, Keywords.Type, StringComparison.Ordinal))
                    {
                        // 2.3.2.1 Types become rdf:type triples.
                        foreach (var type in items)
                        {
                            if (type is string typeIri && IriSyntax.IsWellFormedIriOrBlankNode(typeIri))
                            {
                                dataset.Add(new Quad(subjectTerm, RdfTerm.Iri(RdfVocabulary.Type), Resource(typeIri), graphTerm));
                            }
                        }

                        continue;
                    }

                    // 2.3.2.2 Other keywords are skipped.
                    if (Keywords.IsKeyword(property))
                    {
                        continue;
                    }

                    // 2.3.2.3 Blank node predicates only in generalized RDF.
                    if (IriSyntax.IsBlankNodeIdentifier(property) && !operation.Options.ProduceGeneralizedRdf)
                    {
                        continue;
                    }

                    // 2.3.2.4 Predicates that are not well-formed are skipped.
                    if (!IriSyntax.IsWellFormedIriOrBlankNode(property))
                    {
                        continue;
                    }

                    var predicate = Resource(property);

                    // 2.3.2.5 Each item becomes a triple (and lists their own triples).
                    foreach (var item in items)
                    {
                        // Note: one list triples buffer is reused for every item (cleared below) to save an allocation per value.
                        var objectTerm = conversion.Convert(item, listTriples);
                        if (objectTerm is { } o)
                        {
                            dataset.Add(new Quad(subjectTerm, predicate, o, graphTerm));
                        }

                        foreach (var (s, p, obj) in listTriples)
                        {
                            dataset.Add(new Quad(s, p, obj, graphTerm));
                        }

                        listTriples.Clear();
                    }
                }
            }
        }

        return dataset;
    }

    public static RdfTerm Resource(string value) =>
        IriSyntax.IsBlankNodeIdentifier(value) ? RdfTerm.BlankNode(value[2..]) : RdfTerm.Iri(value);
}
