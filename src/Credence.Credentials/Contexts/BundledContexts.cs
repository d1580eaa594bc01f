using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Credence.JsonLd;

namespace Credence.Credentials.Contexts;

/// <summary>The JSON-LD contexts an Open Badges 3.0 / CLR 2.0 processor needs offline, embedded in this assembly.</summary>
/// <remarks>A JSON-LD static document loader registers <see cref="All"/>; nothing is ever loaded from the network.</remarks>
public static class BundledContexts
{
    private const string ResourcePrefix = "Credence.Credentials/";

    private static readonly Lazy<IReadOnlyList<BundledContext>> _all = new(Load);
    private static readonly Lazy<FrozenDictionary<string, BundledContext>> _byUrl =
        new(() => _all.Value.ToFrozenDictionary(c => c.Url, StringComparer.Ordinal));

    private static readonly Lazy<StaticDocumentLoader> _sharedLoader = new(CreateDocumentLoader);

    /// <summary>Gets every bundled context, in the order of the bundled index.</summary>
    public static IReadOnlyList<BundledContext> All => _all.Value;

    /// <summary>Looks up the bundled context published at <paramref name="url"/>.</summary>
    /// <param name="url">The context URL exactly as written in <c>@context</c>.</param>
    /// <param name="context">The bundled context when found.</param>
    /// <returns><see langword="true"/> when the context is bundled.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    public static bool TryGet(string url, [NotNullWhen(true)] out BundledContext? context)
    {
        ArgumentNullException.ThrowIfNull(url);
        return _byUrl.Value.TryGetValue(url, out context);
    }

    /// <summary>Creates a JSON-LD document loader that serves every bundled context and nothing else; add test or extension contexts to it as needed.</summary>
    /// <returns>A new loader.</returns>
    public static StaticDocumentLoader CreateDocumentLoader()
    {
        var loader = new StaticDocumentLoader();
        foreach (var context in All)
        {
            loader.Add(context.Url, context.Json);
        }

        return loader;
    }

    /// <summary>Gets one loader of the bundled contexts shared by all callers, so processed contexts are cached across credentials.</summary>
    internal static IDocumentLoader SharedLoader => _sharedLoader.Value;

    internal static byte[] ReadResource(string path)
    {
        var assembly = typeof(BundledContexts).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + path)
            ?? throw new InvalidOperationException($"The embedded resource '{path}' is missing from {assembly.GetName().Name}.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static List<BundledContext> Load()
    {
        using var index = JsonDocument.Parse(ReadResource("contexts/index.json"));
        var contexts = new List<BundledContext>();
        foreach (var entry in index.RootElement.GetProperty("contexts").EnumerateObject())
        {
            // The bundled index is our own resource; its shape is fixed, so "file" is always a string.
            var file = entry.Value.GetProperty("file").GetString()!;
            var bytes = ReadResource(file);
            var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
            contexts.Add(new BundledContext(entry.Name, Encoding.UTF8.GetString(bytes), sha256));
        }

        return contexts;
    }
}
