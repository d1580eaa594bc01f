using Credence.JsonLd.Iri;
using Credence.JsonLd.Json;

namespace Credence.JsonLd.Context;

/// <summary>JSON-LD 1.1 API §4.1.2 Context Processing Algorithm.</summary>
/// <seealso href="https://www.w3.org/TR/json-ld11-api/#context-processing-algorithm"/>
internal static class ContextProcessingAlgorithm
{
    private static readonly HashSet<string> NonTermKeys = new(StringComparer.Ordinal)
    {
        Keywords.Base, Keywords.Direction, Keywords.Import, Keywords.Language, Keywords.Propagate, Keywords.Protected, Keywords.Version, Keywords.Vocab,
    };

    public static ActiveContext Process(
        JsonLdOperation operation,
        ActiveContext activeContext,
        object? localContext,
        string? baseUrl,
        List<string>? remoteContexts = null,
        bool overrideProtected = false,
        bool propagate = true,
        bool validateScopedContext = true)
    {
        operation.CancellationToken.ThrowIfCancellationRequested();

        // 2. An @propagate entry of a local context map overrides the propagate flag.
        if (localContext is Dictionary<string, object?> map && map.TryGetValue(Keywords.Propagate, out var propagateValue))
        {
            if (propagateValue is not bool propagateFlag)
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidPropagateValue, "@propagate must be true or false.");
            }

            propagate = propagateFlag;
        }

        // 4. Process the local context as an array of contexts.
        // Note: each context of the array is applied to the result of the previous one, which is what the
        // spec's loop does, so each can be cached on its own (a credential's @context array is new every time,
        // its URLs are not).
        if (localContext is List<object?> contexts)
        {
            var result = activeContext;
            for (var i = 0; i < contexts.Count; i++)
            {
                result = ProcessCached(operation, result, contexts[i], baseUrl, remoteContexts, overrideProtected, propagate, validateScopedContext, activeContext);
            }

            return result;
        }

        return ProcessCached(operation, activeContext, localContext, baseUrl, remoteContexts, overrideProtected, propagate, validateScopedContext, activeContext);
    }

    private static ActiveContext ProcessCached(
        JsonLdOperation operation,
        ActiveContext result,
        object? context,
        string? baseUrl,
        List<string>? remoteContexts,
        bool overrideProtected,
        bool propagate,
        bool validateScopedContext,
        ActiveContext originalActiveContext)
    {
        var cacheable = context is not null && (remoteContexts is null || remoteContexts.Count == 0);
        object? key = null;
        var flags = (overrideProtected ? 1 : 0) | (propagate ? 2 : 0) | (validateScopedContext ? 4 : 0) | (operation.SafeMode ? 8 : 0);
        if (cacheable)
        {
            key = context is string reference ? IriResolution.Resolve(baseUrl, reference) : context!;
            if (ContextCache.TryGet(result, operation.Documents.Loader, key, baseUrl, flags, out var cached))
            {
                return cached!;
            }
        }

        var processed = ProcessOne(operation, result, context, baseUrl, remoteContexts ?? [], overrideProtected, propagate, validateScopedContext, originalActiveContext);
        if (cacheable)
        {
            ContextCache.Add(result, operation.Documents.Loader, key!, baseUrl, flags, processed);
        }

        return processed;
    }

    private static ActiveContext ProcessOne(
        JsonLdOperation operation,
        ActiveContext current,
        object? context,
        string? baseUrl,
        List<string> remoteContexts,
        bool overrideProtected,
        bool propagate,
        bool validateScopedContext,
        ActiveContext originalActiveContext)
    {
        // 1. Initialize result to the result of cloning active context.
        var result = current.Clone();

        // 3. If propagate is false and result has no previous context, remember the active context.
        if (!propagate && result.PreviousContext is null)
        {
            result.PreviousContext = originalActiveContext;
        }

        // 5.1 If context is null:
        if (context is null)
        {
            // 5.1.1 Protected term definitions cannot be cleared unless override protected is true.
            if (!overrideProtected && current.HasProtectedTerms())
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidContextNullification, "A context with protected terms cannot be set to null.");
            }

            // 5.1.2 A newly-initialized active context with the original base URL.
            var reset = new ActiveContext(current.OriginalBaseUrl, current.OriginalBaseUrl, current.ProcessingMode10);
            if (!propagate)
            {
                reset.PreviousContext = result;
            }

            return reset;
        }

        // 5.2 If context is a string, it is a remote context.
        if (context is string reference)
        {
            return ProcessRemoteContext(operation, result, reference, baseUrl, remoteContexts, validateScopedContext);
        }

        // 5.3 Otherwise context must be a context definition.
        if (context is not Dictionary<string, object?> definition)
        {
            throw new JsonLdException(JsonLdErrorCodes.InvalidLocalContext, $"A local context is {JsonTree.Describe(context)}, not an object, string or null.");
        }

        // 5.5 @version
        if (definition.TryGetValue(Keywords.Version, out var version))
        {
            // 5.5.1 The only allowed value is the number 1.1.
            if (version is not double v || v != 1.1)
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidVersionValue, "@version must be the number 1.1.");
            }

            // 5.5.2 A 1.1 context in json-ld-1.0 mode is a conflict.
            if (result.ProcessingMode10)
            {
                throw new JsonLdException(JsonLdErrorCodes.ProcessingModeConflict, "An @version 1.1 context cannot be processed in json-ld-1.0 mode.");
            }
        }

        // 5.6 @import
        if (definition.TryGetValue(Keywords.Import, out var importValue))
        {
            definition = ImportContext(operation, result, definition, importValue, baseUrl);
        }

        // 5.7 @base is only honoured in the document's own contexts, not in remote ones.
        if (definition.TryGetValue(Keywords.Base, out var baseValue) && remoteContexts.Count == 0)
        {
            if (baseValue is null)
            {
                // 5.7.2
                result.BaseIri = null;
            }
            else if (baseValue is string baseIri && IriSyntax.IsAbsoluteIri(baseIri))
            {
                // 5.7.3
                result.BaseIri = baseIri;
            }
            else if (baseValue is string relative && result.BaseIri is not null)
            {
                // 5.7.4
                result.BaseIri = IriResolution.Resolve(result.BaseIri, relative);
            }
            else
            {
                // 5.7.5
                throw new JsonLdException(JsonLdErrorCodes.InvalidBaseIri, "@base must be an IRI, a relative IRI reference with a base, or null.");
            }
        }

        // 5.8 @vocab
        if (definition.TryGetValue(Keywords.Vocab, out var vocab))
        {
            if (vocab is null)
            {
                // 5.8.2
                result.VocabularyMapping = null;
            }
            else if (vocab is string vocabString)
            {
                // 5.8.3 The vocabulary mapping is the value expanded as a document-relative vocabulary IRI.
                if (result.ProcessingMode10 && !IriSyntax.IsAbsoluteIri(vocabString) && !IriSyntax.IsBlankNodeIdentifier(vocabString))
                {
                    throw new JsonLdException(JsonLdErrorCodes.InvalidVocabMapping, "In json-ld-1.0 mode @vocab must be an absolute IRI or blank node identifier.");
                }

                var expanded = Expansion.IriExpansion.Expand(operation, result, vocabString, documentRelative: true, vocab: true);
                if (expanded is null || Keywords.IsKeyword(expanded) || (!IriSyntax.IsAbsoluteIri(expanded) && !IriSyntax.IsBlankNodeIdentifier(expanded)))
                {
                    throw new JsonLdException(JsonLdErrorCodes.InvalidVocabMapping, "@vocab must expand to an IRI or blank node identifier.");
                }

                result.VocabularyMapping = expanded;
            }
            else
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidVocabMapping, "@vocab must be a string or null.");
            }
        }

        // 5.9 @language
        if (definition.TryGetValue(Keywords.Language, out var language))
        {
            if (language is null)
            {
                result.DefaultLanguage = null;
            }
            else if (language is string languageTag)
            {
                result.DefaultLanguage = languageTag;
            }
            else
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidDefaultLanguage, "@language must be a string or null.");
            }
        }

        // 5.10 @direction
        if (definition.TryGetValue(Keywords.Direction, out var direction))
        {
            if (result.ProcessingMode10)
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidContextEntry, "@direction is not allowed in json-ld-1.0 mode.");
            }

            result.DefaultBaseDirection = direction switch
            {
                null => null,
                "ltr" => "ltr",
                "rtl" => "rtl",
                _ => throw new JsonLdException(JsonLdErrorCodes.InvalidBaseDirection, "@direction must be \"ltr\", \"rtl\" or null."),
            };
        }

        // 5.11 @propagate
        if (definition.TryGetValue(Keywords.Propagate, out var propagateEntry))
        {
            if (result.ProcessingMode10)
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidContextEntry, "@propagate is not allowed in json-ld-1.0 mode.");
            }

            if (propagateEntry is not bool)
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidPropagateValue, "@propagate must be true or false.");
            }
        }

        var protectedFlag = false;
        if (definition.TryGetValue(Keywords.Protected, out var protectedValue))
        {
            if (protectedValue is not bool flag)
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidProtectedValue, "@protected must be true or false.");
            }

            if (result.ProcessingMode10)
            {
                throw new JsonLdException(JsonLdErrorCodes.InvalidContextEntry, "@protected is not allowed in json-ld-1.0 mode.");
            }

            protectedFlag = flag;
        }

        // 5.12 Initialize defined, then 5.13 create a term definition for every other key.
        var defined = new Dictionary<string, bool>(definition.Count, StringComparer.Ordinal);
        foreach (var key in definition.Keys)
        {
            if (NonTermKeys.Contains(key))
            {
                continue;
            }

            CreateTermDefinition.Create(operation, result, definition, key, defined, baseUrl, protectedFlag, overrideProtected, remoteContexts, validateScopedContext);
        }

        // 6. Return result.
        return result;
    }

    // 5.2 A remote context: dereference it (once per run and across runs through the cache) and process its @context.
    private static ActiveContext ProcessRemoteContext(
        JsonLdOperation operation,
        ActiveContext result,
        string reference,
        string? baseUrl,
        List<string> remoteContexts,
        bool validateScopedContext)
    {
        // 5.2.1 Resolve the reference against the base URL.
        var contextIri = IriResolution.Resolve(baseUrl, reference);
        if (!IriSyntax.IsAbsoluteIri(contextIri))
        {
            throw new JsonLdException(JsonLdErrorCodes.LoadingRemoteContextFailed, $"The context reference <{reference}> cannot be resolved to an absolute IRI.");
        }

        // 5.2.2 A scoped context already being processed is not processed again.
        if (!validateScopedContext && remoteContexts.Contains(contextIri))
        {
            return result;
        }

        // 5.2.3 Bound the number of remote contexts (this also stops a context that includes itself).
        if (remoteContexts.Count >= operation.Options.MaxRemoteContexts)
        {
            throw new JsonLdException(JsonLdErrorCodes.ContextOverflow, $"More than {operation.Options.MaxRemoteContexts} remote contexts are nested (last: <{contextIri}>).");
        }

        var chain = new List<string>(remoteContexts) { contextIri };

        // 5.2.4–5.2.5 Dereference the context (already-loaded documents are served from the resolver).
        var document = operation.Documents.Load(contextIri, JsonLdErrorCodes.LoadingRemoteContextFailed);
        if (document.Tree is not Dictionary<string, object?> top || !top.TryGetValue(Keywords.Context, out var loadedContext))
        {
            throw new JsonLdException(JsonLdErrorCodes.InvalidRemoteContext, $"<{contextIri}> has no top-level @context entry.");
        }

        // 5.2.6 Process the loaded context with the document's URL as base URL.
        return Process(operation, result, loadedContext, document.DocumentUrl, chain, validateScopedContext: validateScopedContext);
    }

    // 5.6 @import: merge an imported context definition under this one.
    private static Dictionary<string, object?> ImportContext(JsonLdOperation operation, ActiveContext result, Dictionary<string, object?> context, object? importValue, string? baseUrl)
    {
        // 5.6.1
        if (result.ProcessingMode10)
        {
            throw new JsonLdException(JsonLdErrorCodes.InvalidContextEntry, "@import is not allowed in json-ld-1.0 mode.");
        }

        // 5.6.2
        if (importValue is not string importReference)
        {
            throw new JsonLdException(JsonLdErrorCodes.InvalidImportValue, "@import must be a string.");
        }

        // 5.6.3 Resolve against the base URL; 5.6.4–5.6.5 dereference.
        var import = IriResolution.Resolve(baseUrl, importReference);
        var document = operation.Documents.Load(import, JsonLdErrorCodes.LoadingRemoteContextFailed);

        // 5.6.6 The document must have a top-level @context entry.
        if (document.Tree is not Dictionary<string, object?> top || !top.TryGetValue(Keywords.Context, out var importContextValue))
        {
            throw new JsonLdException(JsonLdErrorCodes.InvalidRemoteContext, $"<{import}> has no top-level @context entry.");
        }

        // 5.6.7 It must be a map.
        if (importContextValue is not Dictionary<string, object?> importContext)
        {
            throw new JsonLdException(JsonLdErrorCodes.InvalidRemoteContext, $"The @context of <{import}> is not an object.");
        }

        // 5.6.8 An imported context cannot import again.
        if (importContext.ContainsKey(Keywords.Import))
        {
            throw new JsonLdException(JsonLdErrorCodes.InvalidContextEntry, $"<{import}> uses @import itself.");
        }

        // 5.6.9 Merge: entries of context override those of import context.
        var merged = JsonTree.NewObject(importContext.Count + context.Count);
        foreach (var (key, value) in importContext)
        {
            merged[key] = value;
        }

        foreach (var (key, value) in context)
        {
            if (!string.Equals(key, Keywords.Import, StringComparison.Ordinal))
            {
                merged[key] = value;
            }
        }

        return merged;
    }
}
