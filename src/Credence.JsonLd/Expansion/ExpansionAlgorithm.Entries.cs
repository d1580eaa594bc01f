using Credence.JsonLd.Context;
using Credence.JsonLd.Iri;
using Credence.JsonLd.Json;

namespace Credence.JsonLd.Expansion;

/// <summary>Expansion Algorithm step 13 (the entries of a map) and step 14 (nested properties).</summary>
internal static partial class ExpansionAlgorithm
{
    private static void ExpandEntries(
        JsonLdOperation operation,
        ActiveContext activeContext,
        ActiveContext typeScopedContext,
        string? activeProperty,
        Dictionary<string, object?> element,
        string? baseUrl,
        string? inputType,
        Dictionary<string, object?> result)
    {
        List<string>? nests = null;

        // 13. For each key and value in element.
        foreach (var (key, value) in element)
        {
            // 13.1
            if (string.Equals(key, Keywords.Context, StringComparison.Ordinal))
            {
                continue;
            }

            // 13.2
            var expandedProperty = IriExpansion.Expand(operation, activeContext, key, vocab: true);

            // 13.3 Keys that expand neither to an IRI (something with a colon) nor to a keyword are dropped.
            if (expandedProperty is null || (!expandedProperty.Contains(':', StringComparison.Ordinal) && !Keywords.IsKeyword(expandedProperty)))
            {
                operation.Lossy(JsonLdErrorCodes.SafeModeDroppedProperty, $"The property \"{key}\" is not defined by the context and is dropped.");
                continue;
            }

            // 13.4 A keyword.
            if (Keywords.IsKeyword(expandedProperty))
            {
                ExpandKeywordEntry(operation, activeContext, typeScopedContext, activeProperty, key, expandedProperty, value, baseUrl, inputType, result, ref nests);
                continue;
            }

            if (operation.SafeMode && !IriSyntax.IsWellFormedIri(expandedProperty))
            {
                operation.Lossy(JsonLdErrorCodes.SafeModeDroppedProperty, $"The property \"{key}\" expands to <{expandedProperty}>, which RDF does not allow as a predicate.");
            }

            // 13.5 The container mapping of key.
            var keyDefinition = activeContext.Term(key);
            var containerMapping = keyDefinition?.Container ?? ContainerMapping.None;
            object? expandedValue;

            if (keyDefinition is not null && string.Equals(keyDefinition.TypeMapping, Keywords.Json, StringComparison.Ordinal))
            {
                // 13.6 A JSON literal.
                var literal = JsonTree.NewObject(2);
                literal[Keywords.Value] = value;
                literal[Keywords.Type] = Keywords.Json;
                expandedValue = literal;
            }
            else if ((containerMapping & ContainerMapping.Language) != 0 && value is Dictionary<string, object?> languageMap)
            {
                // 13.7 A language map.
                expandedValue = ExpandLanguageMap(operation, activeContext, keyDefinition!, languageMap);
            }
            else if ((containerMapping & (ContainerMapping.Index | ContainerMapping.Type | ContainerMapping.Id)) != 0 && value is Dictionary<string, object?> indexMap)
            {
                // 13.8 An index, id or type map.
                expandedValue = ExpandIndexMap(operation, activeContext, key, keyDefinition!, indexMap, baseUrl);
            }
            else
            {
                // 13.9 Expand the value recursively.
                expandedValue = Expand(operation, activeContext, key, value, baseUrl);
            }

            // 13.10 A null expanded value is dropped.
            if (expandedValue is null)
            {
                continue;
            }

            // 13.11 A list container makes a list object.
            if ((containerMapping & ContainerMapping.List) != 0 && !IsListObject(expandedValue))
            {
                expandedValue = ListObject(AsArray(expandedValue));
            }

            // 13.12 A graph container (without @id or @index) wraps each value in a graph object.
            if ((containerMapping & ContainerMapping.Graph) != 0 && (containerMapping & (ContainerMapping.Id | ContainerMapping.Index)) == 0)
            {
                var items = AsArray(expandedValue);
                var graphs = new List<object?>(items.Count);
                foreach (var item in items)
                {
                    graphs.Add(GraphObject(item));
                }

                expandedValue = graphs;
            }

            // 13.13 A reverse property goes into the @reverse map.
            if (keyDefinition is { Reverse: true })
            {
                // 13.13.1–13.13.2
                if (!result.TryGetValue(Keywords.Reverse, out var reverse) || reverse is not Dictionary<string, object?> reverseMap)
                {
                    reverseMap = JsonTree.NewObject();
                    result[Keywords.Reverse] = reverseMap;
                }

                // 13.13.3–13.13.4
                foreach (var item in AsArray(expandedValue))
                {
                    if (IsValueObject(item) || IsListObject(item))
                    {
                        throw new JsonLdException(JsonLdErrorCodes.InvalidReversePropertyValue, $"The reverse property \"{key}\" cannot have a value or list object.");
                    }

                    AddValue(reverseMap, expandedProperty, item);
                }

                continue;
            }

            // 13.14 Otherwise add the value.
            // Note: an expanded array is new and held by nothing else, so a property seen for the first time takes it as is
            // instead of copying it into a fresh array.
            if (expandedValue is not List<object?> owned || !result.TryAdd(expandedProperty, owned))
            {
                AddValue(result, expandedProperty, expandedValue);
            }
        }

        // 14. Nested properties.
        if (nests is null)
        {
            return;
        }

        nests.Sort(StringComparer.Ordinal);
        foreach (var nestingKey in nests)
        {
            // Note: a nesting term's own scoped context applies to what it nests (the suite's expand#tc037, #tc038).
            var nestContext = activeContext;
            if (activeContext.Term(nestingKey) is { HasLocalContext: true } nestDefinition)
            {
                nestContext = ContextProcessingAlgorithm.Process(operation, activeContext, nestDefinition.LocalContext, nestDefinition.BaseUrl, overrideProtected: true);
            }

            // 14.1–14.2
            foreach (var nestedValue in AsArray(element[nestingKey]))
            {
                // 14.2.1 Nested values are maps without @value.
                if (nestedValue is not Dictionary<string, object?> nested)
                {
                    throw new JsonLdException(JsonLdErrorCodes.InvalidNestValue, "A nested value must be an object.");
                }

                foreach (var nestedKey in nested.Keys)
                {
                    if (string.Equals(IriExpansion.Expand(operation, nestContext, nestedKey, vocab: true), Keywords.Value, StringComparison.Ordinal))
                    {
                        throw new JsonLdException(JsonLdErrorCodes.InvalidNestValue, "A nested value cannot be a value object.");
                    }
                }

                // 14.2.2 Repeat steps 13 and 14 with the nested value.
                ExpandEntries(operation, nestContext, typeScopedContext, activeProperty, nested, baseUrl, inputType, result);
            }
        }
    }

    // 13.7 A language map.
    private static List<object?> ExpandLanguageMap(JsonLdOperation operation, ActiveContext activeContext, TermDefinition keyDefinition, Dictionary<string, object?> languageMap)
    {
        // 13.7.1–13.7.3
        var expandedValue = new List<object?>();
        var direction = keyDefinition.HasDirectionMapping ? keyDefinition.DirectionMapping : activeContext.DefaultBaseDirection;

        // 13.7.4
        foreach (var (language, languageValue) in languageMap)
        {
            foreach (var item in AsArray(languageValue))
            {
                // 13.7.4.2.1
                if (item is null)
                {
                    continue;
                }

                // 13.7.4.2.2
                if (item is not string text)
                {
                    throw new JsonLdException(JsonLdErrorCodes.InvalidLanguageMapValue, $"The language map value for \"{language}\" must be a string.");
                }

                // 13.7.4.2.3 @none (or a term for it) means no language.
                var v = JsonTree.NewObject(3);
                v[Keywords.Value] = text;
                if (!string.Equals(language, Keywords.None, StringComparison.Ordinal)
                    && !string.Equals(IriExpansion.Expand(operation, activeContext, language, vocab: true), Keywords.None, StringComparison.Ordinal))
                {
                    if (operation.SafeMode && !IriSyntax.IsWellFormedLanguageTag(language))
                    {
                        operation.Lossy(JsonLdErrorCodes.SafeModeInvalidLanguage, $"\"{language}\" is not a well-formed language tag.");
                    }

                    v[Keywords.Language] = language;
                }

                // 13.7.4.2.4
                if (direction is not null)
                {
                    v[Keywords.Direction] = direction;
                }

                // 13.7.4.2.5
                expandedValue.Add(v);
            }
        }

        return expandedValue;
    }

    // 13.8 An index, id or type map.
    private static List<object?> ExpandIndexMap(JsonLdOperation operation, ActiveContext activeContext, string key, TermDefinition keyDefinition, Dictionary<string, object?> map, string? baseUrl)
    {
        var containerMapping = keyDefinition.Container;

        // 13.8.1–13.8.2
        var expandedValue = new List<object?>();
        var indexKey = keyDefinition.IndexMapping ?? Keywords.Index;

        // 13.8.3
        foreach (var (index, indexValue) in map)
        {
            // 13.8.3.1–13.8.3.3 The map context: id and type maps start from the previous (non-propagated) context.
            ActiveContext mapContext;
            if ((containerMapping & (ContainerMapping.Id | ContainerMapping.Type)) != 0)
            {
                mapContext = activeContext.PreviousContext ?? activeContext;
                if ((containerMapping & ContainerMapping.Type) != 0 && mapContext.Term(index) is { HasLocalContext: true } indexDefinition)
                {
                    mapContext = ContextProcessingAlgorithm.Process(operation, mapContext, indexDefinition.LocalContext, indexDefinition.BaseUrl);
                }
            }
            else
            {
                mapContext = activeContext;
            }

            // 13.8.3.4
            var expandedIndex = IriExpansion.Expand(operation, activeContext, index, vocab: true);

            // 13.8.3.5–13.8.3.6
            var indexValues = AsArray(Expand(operation, mapContext, key, AsArray(indexValue), baseUrl, fromMap: true));

            // 13.8.3.7
            foreach (var value in indexValues)
            {
                var item = value;

                // 13.8.3.7.1 A graph container wraps the item in a graph object.
                if ((containerMapping & ContainerMapping.Graph) != 0 && !IsGraphObject(item))
                {
                    item = GraphObject(item);
                }

                if (item is not Dictionary<string, object?> itemMap)
                {
                    expandedValue.Add(item);
                    continue;
                }

                var isNone = string.Equals(expandedIndex, Keywords.None, StringComparison.Ordinal);
                if ((containerMapping & ContainerMapping.Index) != 0 && !string.Equals(indexKey, Keywords.Index, StringComparison.Ordinal) && !isNone)
                {
                    // 13.8.3.7.2 A property-valued index: the index becomes a value of that property.
                    var reExpandedIndex = ValueExpansion.Expand(operation, activeContext, indexKey, index);
                    var expandedIndexKey = IriExpansion.Expand(operation, activeContext, indexKey, vocab: true)!; // Checked to be an IRI when the term was defined.
                    var indexPropertyValues = new List<object?> { reExpandedIndex };
                    if (itemMap.TryGetValue(expandedIndexKey, out var existing))
                    {
                        indexPropertyValues.AddRange(AsArray(existing));
                    }

                    itemMap[expandedIndexKey] = indexPropertyValues;

                    // 13.8.3.7.2.5 A value object cannot take extra properties.
                    if (itemMap.ContainsKey(Keywords.Value))
                    {
                        throw new JsonLdException(JsonLdErrorCodes.InvalidValueObject, $"A value in the index map \"{key}\" is a value object, which cannot take the index property.");
                    }
                }
                else if ((containerMapping & ContainerMapping.Index) != 0 && !itemMap.ContainsKey(Keywords.Index) && !isNone)
                {
                    // 13.8.3.7.3
                    itemMap[Keywords.Index] = index;
                }
                else if ((containerMapping & ContainerMapping.Id) != 0 && !itemMap.ContainsKey(Keywords.Id) && !isNone)
                {
                    // 13.8.3.7.4 The index is a document-relative IRI.
                    var id = IriExpansion.Expand(operation, activeContext, index, documentRelative: true);
                    if (operation.SafeMode && id is not null && !IriSyntax.IsWellFormedIriOrBlankNode(id))
                    {
                        operation.Lossy(JsonLdErrorCodes.SafeModeRelativeIri, $"The @id \"{id}\" is relative or not a well-formed IRI and would be dropped from RDF.");
                    }

                    itemMap[Keywords.Id] = id;
                }
                else if ((containerMapping & ContainerMapping.Type) != 0 && !isNone)
                {
                    // 13.8.3.7.5 The index is prepended to the types.
                    var types = new List<object?> { expandedIndex };
                    if (itemMap.TryGetValue(Keywords.Type, out var existingTypes))
                    {
                        types.AddRange(AsArray(existingTypes));
                    }

                    itemMap[Keywords.Type] = types;
                }

                // 13.8.3.7.6
                expandedValue.Add(itemMap);
            }
        }

        return expandedValue;
    }

    internal static bool IsValueObject(object? value) => value is Dictionary<string, object?> map && map.ContainsKey(Keywords.Value);

    internal static bool IsListObject(object? value) => value is Dictionary<string, object?> map && map.ContainsKey(Keywords.List);

    internal static bool IsGraphObject(object? value)
    {
        if (value is not Dictionary<string, object?> map || !map.ContainsKey(Keywords.Graph))
        {
            return false;
        }

        foreach (var key in map.Keys)
        {
            if (key is not (Keywords.Graph or Keywords.Id or Keywords.Index or Keywords.Context))
            {
                return false;
            }
        }

        return true;
    }

    private static Dictionary<string, object?> GraphObject(object? item)
    {
        var graph = JsonTree.NewObject(1);
        graph[Keywords.Graph] = AsArray(item);
        return graph;
    }
}
