using System.Runtime.CompilerServices;
using Credence.JsonLd.Context;
using Credence.JsonLd.Json;

namespace Credence.JsonLd.Expansion;

/// <summary>JSON-LD 1.1 API §5.1.2 Expansion Algorithm.</summary>
/// <remarks>
/// Split along the spec's steps: this file holds steps 1–12 and 15–20, <c>ExpansionAlgorithm.Entries.cs</c> step 13
/// (non-keyword entries, containers) and 14 (nesting), <c>ExpansionAlgorithm.Keywords.cs</c> step 13.4 (keyword entries).
/// </remarks>
/// <seealso href="https://www.w3.org/TR/json-ld11-api/#expansion-algorithm"/>
internal static partial class ExpansionAlgorithm
{
    /// <param name="operation">The processing run.</param>
    /// <param name="activeContext">The active context.</param>
    /// <param name="activeProperty">The active property, null at the top.</param>
    /// <param name="element">The element to expand.</param>
    /// <param name="baseUrl">The base URL for contexts found in the element.</param>
    /// <param name="fromMap">True when the element is a value of an index, id or type map.</param>
    /// <param name="insideList">
    /// True for the value of an <c>@list</c> entry.
    /// Note: arrays directly inside a list are lists of their own (JSON-LD 1.1 lists of lists); the spec reaches
    /// the same result through the container mapping of the active property, which an explicit @list lacks.
    /// </param>
    public static object? Expand(
        JsonLdOperation operation,
        ActiveContext activeContext,
        string? activeProperty,
        object? element,
        string? baseUrl,
        bool fromMap = false,
        bool insideList = false)
    {
        operation.CancellationToken.ThrowIfCancellationRequested();
        RuntimeHelpers.EnsureSufficientExecutionStack();

        // 1. Null expands to null.
        if (element is null)
        {
            return null;
        }

        // 3. The property-scoped context of the active property, if any.
        var propertyDefinition = activeProperty is null ? null : activeContext.Term(activeProperty);
        var hasPropertyScopedContext = propertyDefinition is { HasLocalContext: true };

        // 4. A scalar.
        if (element is not List<object?> && element is not Dictionary<string, object?>)
        {
            // 4.1 Free-floating scalars are dropped.
            if (activeProperty is null || string.Equals(activeProperty, Keywords.Graph, StringComparison.Ordinal))
            {
                operation.Lossy(JsonLdErrorCodes.SafeModeDroppedValue, $"The free-floating value {JsonTree.Describe(element)} is dropped.");
                return null;
            }

            // 4.2 Apply the property-scoped context.
            if (hasPropertyScopedContext)
            {
                activeContext = ContextProcessingAlgorithm.Process(operation, activeContext, propertyDefinition!.LocalContext, propertyDefinition.BaseUrl, overrideProtected: true);
            }

            // 4.3 Value expansion.
            return ValueExpansion.Expand(operation, activeContext, activeProperty, element);
        }

        // 5. An array.
        if (element is List<object?> array)
        {
            // 5.1
            var result = new List<object?>(array.Count);
            var listContainer = insideList || (propertyDefinition is not null && (propertyDefinition.Container & ContainerMapping.List) != 0);

            // 5.2 Expand each item.
            foreach (var item in array)
            {
                // 5.2.1
                var expandedItem = Expand(operation, activeContext, activeProperty, item, baseUrl, fromMap);

                // 5.2.2 An array inside a list becomes a list object.
                if (listContainer && expandedItem is List<object?> nested)
                {
                    expandedItem = ListObject(nested);
                }

                // 5.2.3 Arrays are flattened; nulls dropped.
                if (expandedItem is List<object?> expandedList)
                {
                    result.AddRange(expandedList);
                }
                else if (expandedItem is not null)
                {
                    result.Add(expandedItem);
                }
            }

            // 5.3
            return result;
        }

        // 6. Otherwise element is a map.
        return ExpandMap(operation, activeContext, activeProperty, (Dictionary<string, object?>)element, baseUrl, fromMap, propertyDefinition);
    }

    private static object? ExpandMap(
        JsonLdOperation operation,
        ActiveContext activeContext,
        string? activeProperty,
        Dictionary<string, object?> element,
        string? baseUrl,
        bool fromMap,
        TermDefinition? propertyDefinition)
    {
        // 7. A non-propagated (type-scoped) context is reverted for new node objects.
        if (activeContext.PreviousContext is not null && !fromMap && RevertsToPreviousContext(operation, activeContext, element))
        {
            activeContext = activeContext.PreviousContext;
        }

        // 8. Apply the property-scoped context, overriding protected terms.
        if (propertyDefinition is { HasLocalContext: true })
        {
            activeContext = ContextProcessingAlgorithm.Process(operation, activeContext, propertyDefinition.LocalContext, propertyDefinition.BaseUrl, overrideProtected: true);
        }

        // 9. Apply an embedded context.
        if (element.TryGetValue(Keywords.Context, out var localContext))
        {
            activeContext = ContextProcessingAlgorithm.Process(operation, activeContext, localContext, baseUrl);
        }

        // 10. The type-scoped context is the active context before type-scoped contexts are applied.
        var typeScopedContext = activeContext;

        // 11. Apply type-scoped contexts, in lexicographic order of the @type keys and values.
        var typeKeys = TypeKeys(operation, activeContext, element);
        if (typeKeys is not null)
        {
            foreach (var typeKey in typeKeys)
            {
                var types = element[typeKey] is List<object?> typeList ? SortedStrings(typeList) : element[typeKey] is string single ? [single] : [];
                foreach (var term in types)
                {
                    if (typeScopedContext.Term(term) is { HasLocalContext: true } typeDefinition)
                    {
                        activeContext = ContextProcessingAlgorithm.Process(operation, activeContext, typeDefinition.LocalContext, typeDefinition.BaseUrl, propagate: false);
                    }
                }
            }
        }

        // 12. result, nests, and input type: the last value of the first @type entry, expanded.
        var result = JsonTree.NewObject(element.Count);
        string? inputType = null;
        if (typeKeys is not null)
        {
            var last = element[typeKeys[0]] switch
            {
                List<object?> { Count: > 0 } list => list[^1] as string,
                string single => single,
                _ => null,
            };
            if (last is not null)
            {
                inputType = IriExpansion.Expand(operation, activeContext, last, vocab: true);
            }
        }

        // 13.–14.
        ExpandEntries(operation, activeContext, typeScopedContext, activeProperty, element, baseUrl, inputType, result);

        return Finish(operation, activeProperty, result);
    }

    // Steps 15–20: validate and simplify the result.
    private static object? Finish(JsonLdOperation operation, string? activeProperty, Dictionary<string, object?> result)
    {
        object? output = result;

        // 15. A value object.
        if (result.TryGetValue(Keywords.Value, out var value))
        {
            // 15.1 Only @direction, @index, @language, @type and @value; @type excludes @language and @direction.
            foreach (var key in result.Keys)
            {
                if (key is not (Keywords.Direction or Keywords.Index or Keywords.Language or Keywords.Type or Keywords.Value))
                {
                    throw new JsonLdException(JsonLdErrorCodes.InvalidValueObject, $"A value object cannot have the entry \"{key}\".");
                }
            }

            result.TryGetValue(Keywords.Type, out var type);
            if (type is not null && (result.ContainsKey(Keywords.Language) || result.ContainsKey(Keywords.Direction)))
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidValueObject, "A value object cannot have both @type and @language or @direction.");
            }

            if (type is string typeString && string.Equals(typeString, Keywords.Json, StringComparison.Ordinal))
            {
                // 15.2 A JSON literal can hold any value.
            }
            else if (value is null || value is List<object?> { Count: 0 })
            {
                // 15.3 A null value object is dropped.
                output = null;
            }
            else if (value is not string && result.ContainsKey(Keywords.Language))
            {
                // 15.4
                throw new JsonLdException(JsonLdErrorCodes.InvalidLanguageTaggedValue, "Only strings can have a language.");
            }
            else if (result.ContainsKey(Keywords.Type) && (type is not string datatype || !Iri.IriSyntax.IsWellFormedIri(datatype)))
            {
                // 15.5
                throw new JsonLdException(JsonLdErrorCodes.InvalidTypedValue, "The @type of a value object must be an IRI.");
            }
        }
        else if (result.TryGetValue(Keywords.Type, out var types) && types is not List<object?>)
        {
            // 16. @type is always an array outside value objects.
            result[Keywords.Type] = new List<object?>(1) { types };
        }
        else if (result.ContainsKey(Keywords.Set) || result.ContainsKey(Keywords.List))
        {
            // 17.1 At most one other entry, and it must be @index.
            if (result.Count > 2 || (result.Count == 2 && !result.ContainsKey(Keywords.Index)))
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidSetOrListObject, "An @set or @list object can only have @index besides.");
            }

            // 17.2 An @set object is replaced by its value.
            if (result.TryGetValue(Keywords.Set, out var set))
            {
                output = set;
            }
        }

        // 18. A map with only @language is dropped.
        if (output is Dictionary<string, object?> { Count: 1 } onlyLanguage && onlyLanguage.ContainsKey(Keywords.Language))
        {
            operation.Lossy(JsonLdErrorCodes.SafeModeDroppedValue, "An object with only @language is dropped.");
            output = null;
        }

        // 19. Free-floating values at the top or directly in @graph are dropped.
        if ((activeProperty is null || string.Equals(activeProperty, Keywords.Graph, StringComparison.Ordinal)) && output is Dictionary<string, object?> top)
        {
            if (top.Count == 0 || top.ContainsKey(Keywords.Value) || top.ContainsKey(Keywords.List))
            {
                // 19.1
                operation.Lossy(JsonLdErrorCodes.SafeModeDroppedValue, "A free-floating value, list or empty object is dropped.");
                output = null;
            }
            else if (top.Count == 1 && top.ContainsKey(Keywords.Id))
            {
                // 19.2
                operation.Lossy(JsonLdErrorCodes.SafeModeDroppedValue, "A free-floating node reference is dropped.");
                output = null;
            }
        }

        // 20.
        return output;
    }

    // Step 7's test: the element is a new node object unless it has @value or only an @id.
    private static bool RevertsToPreviousContext(JsonLdOperation operation, ActiveContext activeContext, Dictionary<string, object?> element)
    {
        var onlyId = element.Count == 1;
        foreach (var key in element.Keys)
        {
            var expanded = IriExpansion.Expand(operation, activeContext, key, vocab: true);
            if (string.Equals(expanded, Keywords.Value, StringComparison.Ordinal))
            {
                return false;
            }

            if (onlyId && string.Equals(expanded, Keywords.Id, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    // The keys that expand to @type, in lexicographic order (null when there are none).
    private static List<string>? TypeKeys(JsonLdOperation operation, ActiveContext activeContext, Dictionary<string, object?> element)
    {
        List<string>? keys = null;
        foreach (var key in element.Keys)
        {
            if (string.Equals(key, Keywords.Type, StringComparison.Ordinal)
                || (key.Length > 0 && key[0] != '@' && activeContext.Term(key) is { IriMapping: Keywords.Type }))
            {
                (keys ??= new List<string>(1)).Add(key);
            }
        }

        if (keys is { Count: > 1 })
        {
            keys.Sort(StringComparer.Ordinal);
        }

        return keys;
    }

    private static List<string> SortedStrings(List<object?> values)
    {
        var strings = new List<string>(values.Count);
        foreach (var value in values)
        {
            if (value is string s)
            {
                strings.Add(s);
            }
        }

        if (strings.Count > 1)
        {
            strings.Sort(StringComparer.Ordinal);
        }

        return strings;
    }

    internal static Dictionary<string, object?> ListObject(List<object?> items)
    {
        var list = JsonTree.NewObject(1);
        list[Keywords.List] = items;
        return list;
    }

    internal static List<object?> AsArray(object? value) => value switch
    {
        List<object?> list => list,
        null => [],
        _ => [value],
    };

    /// <summary>The spec's "add value" with <c>as array</c> true: appends a value (or the items of an array) to an entry that is always an array.</summary>
    internal static void AddValue(Dictionary<string, object?> target, string key, object? value)
    {
        if (!target.TryGetValue(key, out var existing) || existing is not List<object?> list)
        {
            list = existing is null && !target.ContainsKey(key) ? [] : [existing];
            target[key] = list;
        }

        if (value is List<object?> values)
        {
            list.AddRange(values);
        }
        else
        {
            list.Add(value);
        }
    }
}
