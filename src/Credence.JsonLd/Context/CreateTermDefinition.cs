using Credence.JsonLd.Expansion;
using Credence.JsonLd.Iri;
using Credence.JsonLd.Json;

namespace Credence.JsonLd.Context;

/// <summary>JSON-LD 1.1 API §4.2.2 Create Term Definition.</summary>
/// <seealso href="https://www.w3.org/TR/json-ld11-api/#create-term-definition"/>
internal static class CreateTermDefinition
{
    private static readonly HashSet<string> AllowedEntries = new(StringComparer.Ordinal)
    {
        Keywords.Id, Keywords.Reverse, Keywords.Container, Keywords.Context, Keywords.Direction, Keywords.Index,
        Keywords.Language, Keywords.Nest, Keywords.Prefix, Keywords.Protected, Keywords.Type,
    };

    public static void Create(
        JsonLdOperation operation,
        ActiveContext activeContext,
        Dictionary<string, object?> localContext,
        string term,
        Dictionary<string, bool> defined,
        string? baseUrl = null,
        bool @protected = false,
        bool overrideProtected = false,
        List<string>? remoteContexts = null,
        bool validateScopedContext = true)
    {
        // 1. A term being defined (false) is a cycle; a defined one (true) is done.
        if (defined.TryGetValue(term, out var done))
        {
            if (done)
            {
                return;
            }

            throw new JsonLdException(JsonLdErrorCodes.CyclicIriMapping, $"The definition of \"{term}\" depends on itself.");
        }

        // 2. The empty string is not a term.
        if (term.Length == 0)
        {
            throw new JsonLdException(JsonLdErrorCodes.InvalidTermDefinition, "The empty string cannot be defined as a term.");
        }

        defined[term] = false;

        // 3. value is the term's entry in the local context.
        var value = localContext[term];
        var processingMode10 = activeContext.ProcessingMode10;

        // 4. @type may only be given @container: @set and @protected (JSON-LD 1.1).
        if (string.Equals(term, Keywords.Type, StringComparison.Ordinal))
        {
            if (processingMode10)
            {
                throw new JsonLdException(JsonLdErrorCodes.KeywordRedefinition, "@type cannot be redefined in json-ld-1.0 mode.");
            }

            if (value is not Dictionary<string, object?> typeDefinition || typeDefinition.Count == 0)
            {
                throw new JsonLdException(JsonLdErrorCodes.KeywordRedefinition, "@type can only be given @container: @set and @protected.");
            }

            foreach (var (key, entry) in typeDefinition)
            {
                var allowed = (string.Equals(key, Keywords.Container, StringComparison.Ordinal) && entry is string container && string.Equals(container, Keywords.Set, StringComparison.Ordinal))
                    || string.Equals(key, Keywords.Protected, StringComparison.Ordinal);
                if (!allowed)
                {
                    throw new JsonLdException(JsonLdErrorCodes.KeywordRedefinition, "@type can only be given @container: @set and @protected.");
                }
            }
        }
        else if (Keywords.IsKeyword(term))
        {
            // 5. Keywords cannot be overridden.
            throw new JsonLdException(JsonLdErrorCodes.KeywordRedefinition, $"The keyword {term} cannot be redefined.");
        }
        else if (Keywords.HasKeywordForm(term))
        {
            // 5. Terms with the form of a keyword are ignored.
            operation.Lossy(JsonLdErrorCodes.SafeModeKeywordLike, $"The term \"{term}\" has the form of a keyword and is ignored.");
            return;
        }

        // 6. Remember and remove the previous definition.
        var previousDefinition = activeContext.Term(term);
        activeContext.TermDefinitions.Remove(term);

        // 7.–9. Normalize value to a map; a string is a simple term.
        Dictionary<string, object?> map;
        var simpleTerm = false;
        if (value is null)
        {
            map = JsonTree.NewObject(1);
            map[Keywords.Id] = null;
        }
        else if (value is string id)
        {
            map = JsonTree.NewObject(1);
            map[Keywords.Id] = id;
            simpleTerm = true;
        }
        else if (value is Dictionary<string, object?> valueMap)
        {
            map = valueMap;
        }
        else
        {
            throw new JsonLdException(JsonLdErrorCodes.InvalidTermDefinition, $"The definition of \"{term}\" is {JsonTree.Describe(value)}.");
        }

        // 10. Create a new term definition.
        var definition = new TermDefinition();

        // 11. @protected
        if (map.TryGetValue(Keywords.Protected, out var protectedValue))
        {
            if (processingMode10)
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidTermDefinition, "@protected is not allowed in json-ld-1.0 mode.");
            }

            if (protectedValue is not bool protectedFlag)
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidProtectedValue, "@protected must be true or false.");
            }

            definition.Protected = protectedFlag;
        }
        else
        {
            definition.Protected = @protected;
        }

        // 12. @type
        if (map.TryGetValue(Keywords.Type, out var typeValue))
        {
            // 12.1
            if (typeValue is not string type)
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidTypeMapping, $"The @type of \"{term}\" must be a string.");
            }

            // 12.2 Expand the type as a vocabulary IRI.
            var expandedType = IriExpansion.Expand(operation, activeContext, type, vocab: true, localContext: localContext, defined: defined);

            // 12.3 @json and @none need JSON-LD 1.1.
            if (processingMode10 && expandedType is Keywords.Json or Keywords.None)
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidTypeMapping, $"@type {expandedType} is not allowed in json-ld-1.0 mode.");
            }

            // 12.4 Otherwise it must be @id, @json, @none, @vocab or an IRI.
            if (expandedType is not (Keywords.Id or Keywords.Json or Keywords.None or Keywords.Vocab)
                && (expandedType is null || !IriSyntax.IsAbsoluteIri(expandedType)))
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidTypeMapping, $"The @type of \"{term}\" does not expand to an IRI.");
            }

            // 12.5
            definition.TypeMapping = expandedType;
        }

        // 13. @reverse
        if (map.TryGetValue(Keywords.Reverse, out var reverseValue))
        {
            CreateReverse(operation, activeContext, localContext, term, defined, map, reverseValue, definition, previousDefinition, overrideProtected);
            return;
        }

        // 14. An @id that differs from the term.
        if (map.TryGetValue(Keywords.Id, out var idValue) && !(idValue is string sameId && string.Equals(sameId, term, StringComparison.Ordinal)))
        {
            if (idValue is null)
            {
                // 14.1 Null: the term is reserved, not used for IRI expansion.
                definition.IriMapping = null;
            }
            else
            {
                // 14.2.1
                if (idValue is not string idString)
                {
                    throw new JsonLdException(JsonLdErrorCodes.InvalidIriMapping, $"The @id of \"{term}\" must be a string.");
                }

                // 14.2.2 A non-keyword with the form of a keyword is ignored.
                if (!Keywords.IsKeyword(idString) && Keywords.HasKeywordForm(idString))
                {
                    operation.Lossy(JsonLdErrorCodes.SafeModeKeywordLike, $"The @id \"{idString}\" of \"{term}\" has the form of a keyword and is ignored.");
                    return;
                }

                // 14.2.3 Expand the @id as a vocabulary IRI.
                var iriMapping = IriExpansion.Expand(operation, activeContext, idString, vocab: true, localContext: localContext, defined: defined);
                if (iriMapping is null || (!Keywords.IsKeyword(iriMapping) && !IriSyntax.IsAbsoluteIri(iriMapping) && !IriSyntax.IsBlankNodeIdentifier(iriMapping)))
                {
                    throw new JsonLdException(JsonLdErrorCodes.InvalidIriMapping, $"The @id of \"{term}\" does not expand to an IRI, blank node identifier or keyword.");
                }

                if (string.Equals(iriMapping, Keywords.Context, StringComparison.Ordinal))
                {
                    throw new JsonLdException(JsonLdErrorCodes.InvalidKeywordAlias, $"\"{term}\" cannot be an alias of @context.");
                }

                definition.IriMapping = iriMapping;

                // 14.2.4 A term that looks like a compact IRI or IRI must expand to its own IRI mapping.
                var colon = term.IndexOf(':', 1);
                if ((colon > 0 && colon < term.Length - 1) || term.Contains('/', StringComparison.Ordinal))
                {
                    // 14.2.4.1
                    defined[term] = true;

                    // 14.2.4.2
                    var termIri = IriExpansion.Expand(operation, activeContext, term, vocab: true, localContext: localContext, defined: defined);
                    if (!string.Equals(termIri, iriMapping, StringComparison.Ordinal))
                    {
                        throw new JsonLdException(JsonLdErrorCodes.InvalidIriMapping, $"The term \"{term}\" looks like an IRI but maps to a different one.");
                    }
                }

                // 14.2.5 A simple term ending in a gen-delim (or mapping to a blank node) can be a prefix.
                if (!term.Contains(':', StringComparison.Ordinal) && !term.Contains('/', StringComparison.Ordinal) && simpleTerm
                    && (IriSyntax.EndsWithGenDelim(iriMapping) || IriSyntax.IsBlankNodeIdentifier(iriMapping)))
                {
                    definition.Prefix = true;
                }
            }
        }
        else if (term.IndexOf(':', 1) > 0)
        {
            // 15. A compact IRI or IRI term.
            var colon = term.IndexOf(':', 1);
            var prefix = term[..colon];
            var suffix = term[(colon + 1)..];

            // 15.1 The prefix may be defined in the same local context.
            if (localContext.ContainsKey(prefix))
            {
                Create(operation, activeContext, localContext, prefix, defined, baseUrl, @protected, overrideProtected, remoteContexts, validateScopedContext);
            }

            // 15.2 A defined prefix gives its IRI mapping plus the suffix; 15.3 otherwise the term is an IRI.
            definition.IriMapping = activeContext.Term(prefix) is { IriMapping: { } prefixIri } ? prefixIri + suffix : term;
        }
        else if (term.Contains('/', StringComparison.Ordinal))
        {
            // 16. A relative IRI reference term is expanded against the vocabulary mapping.
            var iri = IriExpansion.Expand(operation, activeContext, term, vocab: true);
            if (iri is null || !IriSyntax.IsAbsoluteIri(iri))
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidIriMapping, $"The term \"{term}\" does not expand to an IRI.");
            }

            definition.IriMapping = iri;
        }
        else if (string.Equals(term, Keywords.Type, StringComparison.Ordinal))
        {
            // 17.
            definition.IriMapping = Keywords.Type;
        }
        else if (activeContext.VocabularyMapping is not null)
        {
            // 18. The vocabulary mapping plus the term.
            definition.IriMapping = activeContext.VocabularyMapping + term;
        }
        else
        {
            throw new JsonLdException(JsonLdErrorCodes.InvalidIriMapping, $"\"{term}\" has no IRI mapping and there is no @vocab.");
        }

        // 19. @container
        if (map.TryGetValue(Keywords.Container, out var containerValue))
        {
            definition.Container = ParseContainer(containerValue, processingMode10);
            definition.HasContainer = true;

            // 19.4 A type map needs @id or @vocab as type mapping.
            if ((definition.Container & ContainerMapping.Type) != 0)
            {
                definition.TypeMapping ??= Keywords.Id;
                if (definition.TypeMapping is not (Keywords.Id or Keywords.Vocab))
                {
                    throw new JsonLdException(JsonLdErrorCodes.InvalidTypeMapping, $"The type map \"{term}\" needs @type @id or @vocab.");
                }
            }
        }

        // 20. @index
        if (map.TryGetValue(Keywords.Index, out var indexValue))
        {
            // 20.1
            if (processingMode10 || (definition.Container & ContainerMapping.Index) == 0)
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidTermDefinition, $"@index on \"{term}\" needs an @index container (JSON-LD 1.1).");
            }

            // 20.2 The index must expand to an IRI.
            if (indexValue is not string index || Keywords.HasKeywordForm(index)
                || IriExpansion.Expand(operation, activeContext, index, vocab: true) is not { } expandedIndex
                || !IriSyntax.IsAbsoluteIri(expandedIndex))
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidTermDefinition, $"The @index of \"{term}\" must be a string that expands to an IRI.");
            }

            // 20.3
            definition.IndexMapping = index;
        }

        // 21. @context: a property-scoped context.
        if (map.TryGetValue(Keywords.Context, out var scopedContext))
        {
            // 21.1
            if (processingMode10)
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidTermDefinition, "Scoped contexts need JSON-LD 1.1.");
            }

            // 21.3 The scoped context must be processable now (with override protected, without re-validating).
            try
            {
                ContextProcessingAlgorithm.Process(operation, activeContext, scopedContext, baseUrl, remoteContexts is null ? [] : new List<string>(remoteContexts), overrideProtected: true, validateScopedContext: false);
            }
            catch (JsonLdException ex) when (ex.Code != JsonLdErrorCodes.ContextOverflow)
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidScopedContext, $"The scoped context of \"{term}\" is invalid: {ex.Message}", ex);
            }

            // 21.4
            definition.HasLocalContext = true;
            definition.LocalContext = scopedContext;
            definition.BaseUrl = baseUrl;
        }

        // 22. @language (only without @type).
        if (map.TryGetValue(Keywords.Language, out var languageValue) && !map.ContainsKey(Keywords.Type))
        {
            if (languageValue is not null and not string)
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidLanguageMapping, $"The @language of \"{term}\" must be a string or null.");
            }

            definition.HasLanguageMapping = true;
            definition.LanguageMapping = (string?)languageValue;
        }

        // 23. @direction (only without @type).
        if (map.TryGetValue(Keywords.Direction, out var directionValue) && !map.ContainsKey(Keywords.Type))
        {
            definition.HasDirectionMapping = true;
            definition.DirectionMapping = directionValue switch
            {
                null => null,
                "ltr" => "ltr",
                "rtl" => "rtl",
                _ => throw new JsonLdException(JsonLdErrorCodes.InvalidBaseDirection, $"The @direction of \"{term}\" must be \"ltr\", \"rtl\" or null."),
            };
        }

        // 24. @nest
        if (map.TryGetValue(Keywords.Nest, out var nestValue))
        {
            if (processingMode10)
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidTermDefinition, "@nest needs JSON-LD 1.1.");
            }

            if (nestValue is not string nest || (Keywords.IsKeyword(nest) && !string.Equals(nest, Keywords.Nest, StringComparison.Ordinal)))
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidNestValue, $"The @nest of \"{term}\" must be a string that is not a keyword other than @nest.");
            }

            definition.NestValue = nest;
        }

        // 25. @prefix
        if (map.TryGetValue(Keywords.Prefix, out var prefixValue))
        {
            // 25.1
            if (processingMode10 || term.Contains(':', StringComparison.Ordinal) || term.Contains('/', StringComparison.Ordinal))
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidTermDefinition, $"@prefix is not allowed on \"{term}\".");
            }

            // 25.2
            if (prefixValue is not bool prefixFlag)
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidPrefixValue, "@prefix must be true or false.");
            }

            definition.Prefix = prefixFlag;

            // 25.3
            if (prefixFlag && Keywords.IsKeyword(definition.IriMapping))
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidTermDefinition, $"The keyword alias \"{term}\" cannot be a prefix.");
            }
        }

        // 26. No other entries are allowed.
        foreach (var key in map.Keys)
        {
            if (!AllowedEntries.Contains(key))
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidTermDefinition, $"The definition of \"{term}\" has an unknown entry \"{key}\".");
            }
        }

        Finish(activeContext, term, defined, overrideProtected, previousDefinition, definition);
    }

    // 13. A reverse property.
    private static void CreateReverse(
        JsonLdOperation operation,
        ActiveContext activeContext,
        Dictionary<string, object?> localContext,
        string term,
        Dictionary<string, bool> defined,
        Dictionary<string, object?> map,
        object? reverseValue,
        TermDefinition definition,
        TermDefinition? previousDefinition,
        bool overrideProtected)
    {
        // 13.1
        if (map.ContainsKey(Keywords.Id) || map.ContainsKey(Keywords.Nest))
        {
            throw new JsonLdException(JsonLdErrorCodes.InvalidReverseProperty, $"The reverse property \"{term}\" cannot have @id or @nest.");
        }

        // 13.2
        if (reverseValue is not string reverse)
        {
            throw new JsonLdException(JsonLdErrorCodes.InvalidIriMapping, $"The @reverse of \"{term}\" must be a string.");
        }

        // 13.3 A value with the form of a keyword is ignored.
        if (Keywords.HasKeywordForm(reverse))
        {
            operation.Lossy(JsonLdErrorCodes.SafeModeKeywordLike, $"The @reverse \"{reverse}\" of \"{term}\" has the form of a keyword and is ignored.");
            return;
        }

        // 13.4 Expand as a vocabulary IRI; it must be an IRI or blank node identifier.
        var iri = IriExpansion.Expand(operation, activeContext, reverse, vocab: true, localContext: localContext, defined: defined);
        if (iri is null || (!IriSyntax.IsAbsoluteIri(iri) && !IriSyntax.IsBlankNodeIdentifier(iri)))
        {
            throw new JsonLdException(JsonLdErrorCodes.InvalidIriMapping, $"The @reverse of \"{term}\" does not expand to an IRI.");
        }

        definition.IriMapping = iri;

        // 13.5 The container may only be @set, @index or null.
        if (map.TryGetValue(Keywords.Container, out var containerValue))
        {
            definition.Container = containerValue switch
            {
                null => ContainerMapping.None,
                Keywords.Set => ContainerMapping.Set,
                Keywords.Index => ContainerMapping.Index,
                _ => throw new JsonLdException(JsonLdErrorCodes.InvalidReverseProperty, $"The reverse property \"{term}\" can only have an @set or @index container."),
            };
            definition.HasContainer = containerValue is not null;
        }

        // Note: an @index container of a reverse property may name an index property (the suite's expand#t0131).
        if (map.TryGetValue(Keywords.Index, out var indexValue))
        {
            if (indexValue is not string index || (definition.Container & ContainerMapping.Index) == 0)
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidTermDefinition, $"@index on \"{term}\" needs an @index container.");
            }

            definition.IndexMapping = index;
        }

        // 13.6
        definition.Reverse = true;

        // 13.7
        Finish(activeContext, term, defined, overrideProtected, previousDefinition, definition);
    }

    // 27.–28. Protected term definitions cannot change (unless overridden); store the definition.
    private static void Finish(ActiveContext activeContext, string term, Dictionary<string, bool> defined, bool overrideProtected, TermDefinition? previousDefinition, TermDefinition definition)
    {
        if (!overrideProtected && previousDefinition is { Protected: true })
        {
            // 27.1
            if (!definition.SameDefinitionAs(previousDefinition))
            {
                throw new JsonLdException(JsonLdErrorCodes.ProtectedTermRedefinition, $"The protected term \"{term}\" cannot be redefined.");
            }

            // 27.2
            definition = previousDefinition;
        }

        activeContext.TermDefinitions[term] = definition;
        defined[term] = true;
    }

    // 19.1–19.3 Allowed containers: one keyword, or @graph with @id or @index, each optionally with @set, or @set with @index, @id, @type or @language.
    private static ContainerMapping ParseContainer(object? value, bool processingMode10)
    {
        if (value is string single)
        {
            var mapping = Container(single);
            if (processingMode10 && mapping is ContainerMapping.Graph or ContainerMapping.Id or ContainerMapping.Type)
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidContainerMapping, $"@container {single} needs JSON-LD 1.1.");
            }

            return mapping;
        }

        if (value is not List<object?> list || processingMode10)
        {
            throw new JsonLdException(JsonLdErrorCodes.InvalidContainerMapping, "@container must be a container keyword or (JSON-LD 1.1) an array of them.");
        }

        var result = ContainerMapping.None;
        foreach (var item in list)
        {
            if (item is not string keyword)
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidContainerMapping, "@container array entries must be strings.");
            }

            var flag = Container(keyword);
            if ((result & flag) != 0)
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidContainerMapping, $"@container lists {keyword} twice.");
            }

            result |= flag;
        }

        var withoutSet = result & ~ContainerMapping.Set;
        var valid = withoutSet switch
        {
            ContainerMapping.None => result == ContainerMapping.Set,
            ContainerMapping.Graph or ContainerMapping.Id or ContainerMapping.Index or ContainerMapping.Type or ContainerMapping.Language => true,
            ContainerMapping.Graph | ContainerMapping.Id or ContainerMapping.Graph | ContainerMapping.Index => true,
            _ => false,
        };
        if (!valid || (result & ContainerMapping.List) != 0 && result != ContainerMapping.List)
        {
            throw new JsonLdException(JsonLdErrorCodes.InvalidContainerMapping, "This combination of containers is not allowed.");
        }

        return result;
    }

    private static ContainerMapping Container(string keyword) => keyword switch
    {
        Keywords.List => ContainerMapping.List,
        Keywords.Set => ContainerMapping.Set,
        Keywords.Language => ContainerMapping.Language,
        Keywords.Index => ContainerMapping.Index,
        Keywords.Id => ContainerMapping.Id,
        Keywords.Type => ContainerMapping.Type,
        Keywords.Graph => ContainerMapping.Graph,
        _ => throw new JsonLdException(JsonLdErrorCodes.InvalidContainerMapping, $"\"{keyword}\" is not a container keyword."),
    };
}
