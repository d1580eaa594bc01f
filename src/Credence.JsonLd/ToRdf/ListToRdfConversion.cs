using Credence.JsonLd.Rdf;

namespace Credence.JsonLd.ToRdf;

/// <summary>JSON-LD 1.1 API §8.3 List to RDF Conversion.</summary>
/// <seealso href="https://www.w3.org/TR/json-ld11-api/#list-to-rdf-conversion"/>
internal static class ListToRdfConversion
{
    public static RdfTerm Convert(ObjectToRdfConversion conversion, List<object?> list, List<(RdfTerm Subject, RdfTerm Predicate, RdfTerm Object)> listTriples)
    {
        // 1. The empty list is rdf:nil.
        if (list.Count == 0)
        {
            return RdfTerm.Iri(RdfVocabulary.Nil);
        }

        // 2. A new blank node for each item.
        var bnodes = new RdfTerm[list.Count];
        for (var i = 0; i < bnodes.Length; i++)
        {
            bnodes[i] = DeserializeJsonLdToRdf.Resource(conversion.Generator.Generate());
        }

        // 3. rdf:first and rdf:rest for each item.
        for (var i = 0; i < bnodes.Length; i++)
        {
            // 3.1–3.2
            var embeddedTriples = new List<(RdfTerm Subject, RdfTerm Predicate, RdfTerm Object)>();
            var objectTerm = conversion.Convert(list[i], embeddedTriples);

            // 3.3
            if (objectTerm is { } o)
            {
                listTriples.Add((bnodes[i], RdfTerm.Iri(RdfVocabulary.First), o));
            }

            // 3.4
            var rest = i + 1 < bnodes.Length ? bnodes[i + 1] : RdfTerm.Iri(RdfVocabulary.Nil);
            listTriples.Add((bnodes[i], RdfTerm.Iri(RdfVocabulary.Rest), rest));

            // 3.5
            listTriples.AddRange(embeddedTriples);
        }

        // 4.
        return bnodes[0];
    }
}
