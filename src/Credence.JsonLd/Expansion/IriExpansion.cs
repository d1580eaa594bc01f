using Credence.JsonLd.Context;
using Credence.JsonLd.Iri;

namespace Credence.JsonLd.Expansion;

/// <summary>JSON-LD 1.1 API §5.2.2 IRI Expansion.</summary>
/// <seealso href="https://www.w3.org/TR/json-ld11-api/#iri-expansion"/>
internal static class IriExpansion
{
    public static string? Expand(
        JsonLdOperation operation,
        ActiveContext activeContext,
        string? value,
        bool documentRelative = false,
        bool vocab = false,
        Dictionary<string, object?>? localContext = null,
        Dictionary<string, bool>? defined = null)
    {
        // 1. Keywords and null are returned as is.
        if (value is null || Keywords.IsKeyword(value))
        {
            return value;
        }

        // 2. Other values with the form of a keyword expand to null.
        if (Keywords.HasKeywordForm(value))
        {
            operation.Lossy(JsonLdErrorCodes.SafeModeKeywordLike, $"\"{value}\" has the form of a keyword and is ignored.");
            return null;
        }

        // 3. A term defined in the local context being processed is defined first.
        if (localContext is not null && defined is not null && localContext.ContainsKey(value)
            && !(defined.TryGetValue(value, out var isDefined) && isDefined))
        {
            CreateTermDefinition.Create(operation, activeContext, localContext, value, defined);
        }

        var definition = activeContext.Term(value);
        if (definition is not null)
        {
            // 4. A keyword alias expands to its keyword.
            if (Keywords.IsKeyword(definition.IriMapping))
            {
                return definition.IriMapping;
            }

            // 5. With vocab, a term expands to its IRI mapping.
            if (vocab)
            {
                return definition.IriMapping;
            }
        }

        // 6. A value with a colon after its first character is an IRI, compact IRI or blank node identifier.
        var colon = value.Length > 1 ? value.IndexOf(':', 1) : -1;
        if (colon > 0)
        {
            // 6.1 Split into prefix and suffix at the first colon.
            var prefix = value[..colon];

            // 6.2 Blank node identifiers and IRIs with an authority are returned as is.
            if ((prefix.Length == 1 && prefix[0] == '_') || value.AsSpan(colon + 1).StartsWith("//", StringComparison.Ordinal))
            {
                return value;
            }

            // 6.3 A prefix defined in the local context being processed is defined first.
            if (localContext is not null && defined is not null && localContext.ContainsKey(prefix)
                && !(defined.TryGetValue(prefix, out var prefixDefined) && prefixDefined))
            {
                CreateTermDefinition.Create(operation, activeContext, localContext, prefix, defined);
            }

            // 6.4 A prefix term expands to its IRI mapping followed by the suffix.
            if (activeContext.Term(prefix) is { IriMapping: { } prefixIri, Prefix: true })
            {
                return string.Concat(prefixIri, value.AsSpan(colon + 1));
            }

            // 6.5 An absolute IRI is returned as is.
            if (IriSyntax.IsAbsoluteIri(value))
            {
                return value;
            }
        }

        // 7. With vocab, append the value to the vocabulary mapping.
        if (vocab && activeContext.VocabularyMapping is not null)
        {
            return activeContext.VocabularyMapping + value;
        }

        // 8. Document-relative values are resolved against the base IRI.
        if (documentRelative)
        {
            return IriResolution.Resolve(activeContext.BaseIri, value);
        }

        // 9. Otherwise return the value as is.
        return value;
    }
}
