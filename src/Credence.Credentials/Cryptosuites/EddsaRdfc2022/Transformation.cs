using Credence.JsonLd;
using Credence.JsonLd.Canonicalization;

namespace Credence.Credentials.Cryptosuites.EddsaRdfc2022;

/// <summary>vc-di-eddsa §3.3.2 Transformation (eddsa-rdfc-2022): the unsecured document to canonical N-Quads with RDFC-1.0.</summary>
/// <seealso href="https://www.w3.org/TR/vc-di-eddsa/#transformation-eddsa-rdfc-2022"/>
internal static class Transformation
{
    public static Task<string> TransformAsync(ReadOnlyMemory<byte> unsecuredDocument, IDocumentLoader loader, RdfcSortOrder sortOrder, CancellationToken cancellationToken) =>
        TransformAsync(unsecuredDocument, loader, sortOrder, javaScriptCompatible: false, cancellationToken);

    public static async Task<string> TransformAsync(ReadOnlyMemory<byte> unsecuredDocument, IDocumentLoader loader, RdfcSortOrder sortOrder, bool javaScriptCompatible, CancellationToken cancellationToken)
    {
        // 1-2. Canonicalize the unsecured document with RDFC-1.0 after deserializing it to RDF.
        // Note: safe mode turns what JSON-LD would silently drop (an undefined term) into an error, so nothing unsigned slips through.
        // Note: the JavaScript-compatible toRdf only re-checks signatures made with jsonld.js (see VerifyProof).
        var options = new JsonLdOptions { DocumentLoader = loader, SafeMode = true, JavaScriptCompatibleToRdf = javaScriptCompatible };
        var dataset = await JsonLdProcessor.ToRdfAsync(unsecuredDocument, options, cancellationToken).ConfigureAwait(false);

        // 3. Return the canonical document.
        return RdfCanonicalizer.Canonicalize(dataset, new RdfCanonicalizationOptions { SortOrder = sortOrder }).CanonicalNQuads;
    }
}
