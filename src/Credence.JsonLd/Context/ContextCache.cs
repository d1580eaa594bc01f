using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Credence.JsonLd.Context;

/// <summary>
/// Processed contexts, keyed by the active context they were applied to and the local context (a remote
/// context's URL, or the very object of an embedded or scoped context). Active contexts are immutable, so
/// a hit returns the earlier result; entries die with their active context or context object.
/// </summary>
internal static class ContextCache
{
    private const int MaxEntriesPerContext = 1024;
    private const int MaxInitialContexts = 256;

    private static readonly ConditionalWeakTable<ActiveContext, Entry> Table = new();
    private static readonly ConcurrentDictionary<(string? BaseIri, bool ProcessingMode10), ActiveContext> InitialContexts = new();

    /// <summary>A shared empty active context per base IRI and processing mode, so later cache look-ups can hit.</summary>
    public static ActiveContext Initial(string? baseIri, bool processingMode10)
    {
        if (InitialContexts.TryGetValue((baseIri, processingMode10), out var context))
        {
            return context;
        }

        if (InitialContexts.Count >= MaxInitialContexts)
        {
            InitialContexts.Clear();
        }

        return InitialContexts.GetOrAdd((baseIri, processingMode10), key => new ActiveContext(key.BaseIri, key.BaseIri, key.ProcessingMode10));
    }

    public static bool TryGet(ActiveContext activeContext, IDocumentLoader? loader, object localContext, string? baseUrl, int flags, out ActiveContext? result)
    {
        result = null;
        if (!Table.TryGetValue(activeContext, out var entry))
        {
            return false;
        }

        if (localContext is string url)
        {
            return entry.ByUrl.TryGetValue((loader, url, flags), out result);
        }

        return entry.ByObject.TryGetValue(localContext, out var byFlags) && byFlags.TryGetValue((loader, baseUrl, flags), out result);
    }

    public static void Add(ActiveContext activeContext, IDocumentLoader? loader, object localContext, string? baseUrl, int flags, ActiveContext result)
    {
        var entry = Table.GetValue(activeContext, _ => new Entry());
        if (localContext is string url)
        {
            if (entry.ByUrl.Count >= MaxEntriesPerContext)
            {
                entry.ByUrl.Clear();
            }

            entry.ByUrl[(loader, url, flags)] = result;
            return;
        }

        var byFlags = entry.ByObject.GetValue(localContext, _ => new ConcurrentDictionary<(IDocumentLoader?, string?, int), ActiveContext>());
        if (byFlags.Count >= MaxEntriesPerContext)
        {
            byFlags.Clear();
        }

        byFlags[(loader, baseUrl, flags)] = result;
    }

    private sealed class Entry
    {
        public ConcurrentDictionary<(IDocumentLoader? Loader, string Url, int Flags), ActiveContext> ByUrl { get; } = new();

        public ConditionalWeakTable<object, ConcurrentDictionary<(IDocumentLoader?, string?, int), ActiveContext>> ByObject { get; } = new();
    }
}
