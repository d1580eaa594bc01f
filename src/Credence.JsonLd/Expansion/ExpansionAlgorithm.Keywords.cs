using Credence.JsonLd.Context;
using Credence.JsonLd.Iri;
using Credence.JsonLd.Json;

namespace Credence.JsonLd.Expansion;

/// <summary>Expansion Algorithm step 13.4: entries whose key expands to a keyword.</summary>
internal static partial class ExpansionAlgorithm
{
    private static void ExpandKeywordEntry(
        JsonLdOperation operation,
        ActiveContext activeContext,
        ActiveContext typeScopedContext,
        string? activeProperty,
        string key,
        string expandedProperty,
        object? value,
        string? baseUrl,
        string? inputType,
        Dictionary<string, object?> result,
        ref List<string>? nests)
    {
        // 13.4.1 Keywords cannot be reverse properties.
        if (string.Equals(activeProperty, Keywords.Reverse, StringComparison.Ordinal))
        {
            throw new JsonLdException(JsonLdErrorCodes.InvalidReversePropertyMap, $"The reverse property map has the keyword entry \"{key}\".");
        }

        // 13.4.2 A keyword other than @included and @type may appear only once.
        if (result.ContainsKey(expandedProperty) && expandedProperty is not (Keywords.Included or Keywords.Type))
        {
            throw new JsonLdException(JsonLdErrorCodes.CollidingKeywords, $"{expandedProperty} appears more than once.");
        }

        object? expandedValue;
        switch (expandedProperty)
        {
            case Keywords.Id:
                {
                    // 13.4.3 A string, expanded as a document-relative IRI.
                    if (value is not string id)
                    {
                        throw new JsonLdException(JsonLdErrorCodes.InvalidIdValue, "@id must be a string.");
                    }

                    var expandedId = IriExpansion.Expand(operation, activeContext, id, documentRelative: true);
                    if (operation.SafeMode && expandedId is not null && !IriSyntax.IsAbsoluteIri(expandedId) && !IriSyntax.IsBlankNodeIdentifier(expandedId))
                    {
                        operation.Lossy(JsonLdErrorCodes.SafeModeRelativeIri, $"The @id \"{expandedId}\" is relative and would be dropped from RDF.");
                    }

                    // Note: an @id with the form of a keyword expands to null and is kept as null (as the suite's
                    // non-normative expand#t0122 expects); such a node has no usable identifier and produces no triples.
                    result[Keywords.Id] = expandedId;
                    return;
                }

            case Keywords.Type:
                {
                    // 13.4.4 A string or array of strings, expanded as vocabulary and document-relative IRIs.
                    expandedValue = ExpandTypeValue(operation, typeScopedContext, value);

                    // 13.4.4.5 Earlier @type values come first.
                    if (result.TryGetValue(Keywords.Type, out var existingTypes))
                    {
                        var combined = new List<object?>(AsArray(existingTypes));
                        combined.AddRange(AsArray(expandedValue));
                        expandedValue = combined;
                    }

                    break;
                }

            case Keywords.Graph:
                // 13.4.5
                expandedValue = AsArray(Expand(operation, activeContext, Keywords.Graph, value, baseUrl));
                break;

            case Keywords.Included:
                {
                    // 13.4.6.1 Ignored in json-ld-1.0 mode.
                    if (activeContext.ProcessingMode10)
                    {
                        return;
                    }

                    // 13.4.6.2–13.4.6.3 An array of node objects.
                    var included = AsArray(Expand(operation, activeContext, Keywords.Included, value, baseUrl));
                    foreach (var item in included)
                    {
                        if (item is not Dictionary<string, object?> node || node.ContainsKey(Keywords.Value) || node.ContainsKey(Keywords.List) || node.ContainsKey(Keywords.Set))
                        {
                            throw new JsonLdException(JsonLdErrorCodes.InvalidIncludedValue, "@included values must be node objects.");
                        }
                    }

                    // 13.4.6.4
                    if (result.TryGetValue(Keywords.Included, out var existingIncluded))
                    {
                        var combined = new List<object?>(AsArray(existingIncluded));
                        combined.AddRange(included);
                        included = combined;
                    }

                    expandedValue = included;
                    break;
                }

            case Keywords.Value:
                // 13.4.7.1 A JSON literal's value is taken as it is.
                if (string.Equals(inputType, Keywords.Json, StringComparison.Ordinal))
                {
                    if (activeContext.ProcessingMode10)
                    {
                        throw new JsonLdException(JsonLdErrorCodes.InvalidValueObjectValue, "JSON literals need JSON-LD 1.1.");
                    }

                    result[Keywords.Value] = value;
                    return;
                }

                // 13.4.7.2 Otherwise only scalars and null.
                if (value is List<object?> or Dictionary<string, object?>)
                {
                    throw new JsonLdException(JsonLdErrorCodes.InvalidValueObjectValue, $"@value cannot be {JsonTree.Describe(value)}.");
                }

                // 13.4.7.3–13.4.7.4 Null is kept so the value object is dropped later.
                result[Keywords.Value] = value;
                return;

            case Keywords.Language:
                // 13.4.8
                if (value is not string language)
                {
                    throw new JsonLdException(JsonLdErrorCodes.InvalidLanguageTaggedString, "@language must be a string.");
                }

                if (operation.SafeMode && !IriSyntax.IsWellFormedLanguageTag(language))
                {
                    operation.Lossy(JsonLdErrorCodes.SafeModeInvalidLanguage, $"\"{language}\" is not a well-formed language tag.");
                }

                expandedValue = language;
                break;

            case Keywords.Direction:
                // 13.4.9.1 Ignored in json-ld-1.0 mode.
                if (activeContext.ProcessingMode10)
                {
                    return;
                }

                // 13.4.9.2
                if (value is not ("ltr" or "rtl"))
                {
                    throw new JsonLdException(JsonLdErrorCodes.InvalidBaseDirection, "@direction must be \"ltr\" or \"rtl\".");
                }

                expandedValue = value;
                break;

            case Keywords.Index:
                // 13.4.10
                if (value is not string)
                {
                    throw new JsonLdException(JsonLdErrorCodes.InvalidIndexValue, "@index must be a string.");
                }

                expandedValue = value;
                break;

            case Keywords.List:
                // 13.4.11.1 A free-floating list is dropped.
                if (activeProperty is null || string.Equals(activeProperty, Keywords.Graph, StringComparison.Ordinal))
                {
                    operation.Lossy(JsonLdErrorCodes.SafeModeDroppedValue, "A free-floating @list is dropped.");
                    return;
                }

                // 13.4.11.2
                expandedValue = AsArray(Expand(operation, activeContext, activeProperty, value, baseUrl, insideList: true));
                break;

            case Keywords.Set:
                // 13.4.12
                expandedValue = Expand(operation, activeContext, activeProperty, value, baseUrl);
                break;

            case Keywords.Reverse:
                // 13.4.13
                ExpandReverse(operation, activeContext, value, baseUrl, result);
                return;

            case Keywords.Nest:
                // 13.4.14 Nested entries are expanded after the others (step 14).
                (nests ??= []).Add(key);
                return;

            default:
                // Other keywords (framing keywords) have no meaning in expansion.
                return;
        }

        // 13.4.16 Set the entry unless the expanded value is null.
        if (expandedValue is not null)
        {
            result[expandedProperty] = expandedValue;
        }
    }

    // 13.4.4 The value of @type.
    private static object? ExpandTypeValue(JsonLdOperation operation, ActiveContext typeScopedContext, object? value)
    {
        if (value is string single)
        {
            return ExpandType(operation, typeScopedContext, single);
        }

        if (value is not List<object?> list)
        {
            throw new JsonLdException(JsonLdErrorCodes.InvalidTypeValue, "@type must be a string or an array of strings.");
        }

        var types = new List<object?>(list.Count);
        foreach (var item in list)
        {
            if (item is not string type)
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidTypeValue, "@type must be a string or an array of strings.");
            }

            if (ExpandType(operation, typeScopedContext, type) is { } expanded)
            {
                types.Add(expanded);
            }
        }

        return types;
    }

    private static string? ExpandType(JsonLdOperation operation, ActiveContext typeScopedContext, string type)
    {
        var expanded = IriExpansion.Expand(operation, typeScopedContext, type, documentRelative: true, vocab: true);
        if (operation.SafeMode && expanded is not null && !Keywords.IsKeyword(expanded) && !IriSyntax.IsAbsoluteIri(expanded) && !IriSyntax.IsBlankNodeIdentifier(expanded))
        {
            operation.Lossy(JsonLdErrorCodes.SafeModeRelativeIri, $"The type \"{expanded}\" is relative and would be dropped from RDF.");
        }

        return expanded;
    }

    // 13.4.13 @reverse: a map of reverse properties.
    private static void ExpandReverse(JsonLdOperation operation, ActiveContext activeContext, object? value, string? baseUrl, Dictionary<string, object?> result)
    {
        // 13.4.13.1
        if (value is not Dictionary<string, object?>)
        {
            throw new JsonLdException(JsonLdErrorCodes.InvalidReverseValue, "@reverse must be an object.");
        }

        // 13.4.13.2
        if (Expand(operation, activeContext, Keywords.Reverse, value, baseUrl) is not Dictionary<string, object?> expandedValue)
        {
            return;
        }

        // 13.4.13.3 Properties reversed twice are plain properties.
        if (expandedValue.TryGetValue(Keywords.Reverse, out var doubleReversed) && doubleReversed is Dictionary<string, object?> forward)
        {
            foreach (var (property, item) in forward)
            {
                AddValue(result, property, item);
            }
        }

        // 13.4.13.4 Everything else goes into the @reverse map of result.
        Dictionary<string, object?>? reverseMap = null;
        foreach (var (property, items) in expandedValue)
        {
            if (string.Equals(property, Keywords.Reverse, StringComparison.Ordinal))
            {
                continue;
            }

            if (reverseMap is null)
            {
                if (!result.TryGetValue(Keywords.Reverse, out var existing) || existing is not Dictionary<string, object?> existingMap)
                {
                    existingMap = JsonTree.NewObject();
                    result[Keywords.Reverse] = existingMap;
                }

                reverseMap = existingMap;
            }

            foreach (var item in AsArray(items))
            {
                // 13.4.13.4.3.1.1
                if (IsValueObject(item) || IsListObject(item))
                {
                    throw new JsonLdException(JsonLdErrorCodes.InvalidReversePropertyValue, $"The reverse property <{property}> cannot have a value or list object.");
                }

                AddValue(reverseMap, property, item);
            }
        }
    }
}
