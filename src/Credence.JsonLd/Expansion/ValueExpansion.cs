using Credence.JsonLd.Context;
using Credence.JsonLd.Json;

namespace Credence.JsonLd.Expansion;

/// <summary>JSON-LD 1.1 API §5.3.2 Value Expansion.</summary>
/// <seealso href="https://www.w3.org/TR/json-ld11-api/#value-expansion"/>
internal static class ValueExpansion
{
    public static Dictionary<string, object?> Expand(JsonLdOperation operation, ActiveContext activeContext, string? activeProperty, object value)
    {
        var definition = activeProperty is null ? null : activeContext.Term(activeProperty);
        var typeMapping = definition?.TypeMapping;

        if (value is string iri)
        {
            // 1. A string under a term with type @id is a document-relative IRI.
            if (string.Equals(typeMapping, Keywords.Id, StringComparison.Ordinal))
            {
                return NodeReference(operation, IriExpansion.Expand(operation, activeContext, iri, documentRelative: true));
            }

            // 2. A string under a term with type @vocab is a vocabulary or document-relative IRI.
            if (string.Equals(typeMapping, Keywords.Vocab, StringComparison.Ordinal))
            {
                return NodeReference(operation, IriExpansion.Expand(operation, activeContext, iri, documentRelative: true, vocab: true));
            }
        }

        // 3. Otherwise a value object.
        var result = JsonTree.NewObject(3);
        result[Keywords.Value] = value;

        // 4. A type mapping other than @id, @vocab and @none becomes @type.
        if (typeMapping is not null and not Keywords.Id and not Keywords.Vocab and not Keywords.None)
        {
            result[Keywords.Type] = typeMapping;
        }
        else if (value is string)
        {
            // 5.1 The term's language mapping, else the default language.
            var language = definition is { HasLanguageMapping: true } ? definition.LanguageMapping : activeContext.DefaultLanguage;

            // 5.2 The term's direction mapping, else the default base direction.
            var direction = definition is { HasDirectionMapping: true } ? definition.DirectionMapping : activeContext.DefaultBaseDirection;

            // 5.3–5.4
            if (language is not null)
            {
                result[Keywords.Language] = language;
            }

            if (direction is not null)
            {
                result[Keywords.Direction] = direction;
            }
        }

        // 6.
        return result;
    }

    private static Dictionary<string, object?> NodeReference(JsonLdOperation operation, string? id)
    {
        if (id is not null && !Iri.IriSyntax.IsAbsoluteIri(id) && !Iri.IriSyntax.IsBlankNodeIdentifier(id))
        {
            operation.Lossy(JsonLdErrorCodes.SafeModeRelativeIri, $"The IRI \"{id}\" is relative and would be dropped from RDF.");
        }

        var result = JsonTree.NewObject(1);
        result[Keywords.Id] = id;
        return result;
    }
}
