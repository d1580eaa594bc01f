using System.Text.Json;
using Credence.Credentials.Contexts;
using Credence.Credentials.DataIntegrity;
using Credence.JsonLd;
using Credence.JsonLd.Canonicalization;

namespace Credence.Credentials.Cryptosuites.EddsaRdfc2022;

/// <summary>vc-di-eddsa §3.3.4 Proof Configuration (eddsa-rdfc-2022): the proof options, with the document's <c>@context</c>, to canonical N-Quads.</summary>
/// <seealso href="https://www.w3.org/TR/vc-di-eddsa/#proof-configuration-eddsa-rdfc-2022"/>
internal static class ProofConfiguration
{
    public static Task<string> CanonicalizeAsync(JsonElement proof, JsonElement documentContext, IDocumentLoader loader, RdfcSortOrder sortOrder, CancellationToken cancellationToken) =>
        CanonicalizeAsync(proof, documentContext, loader, sortOrder, javaScriptCompatible: false, cancellationToken);

    public static async Task<string> CanonicalizeAsync(JsonElement proof, JsonElement documentContext, IDocumentLoader loader, RdfcSortOrder sortOrder, bool javaScriptCompatible, CancellationToken cancellationToken)
    {
        // Note: with the bundled contexts (fixed for the life of the process) the canonical form is filled into a template
        // worked out once by this same algorithm; see ProofConfigurationTemplates for when that is exact.
        if (!javaScriptCompatible
            && ReferenceEquals(loader, BundledContexts.SharedLoader)
            && await ProofConfigurationTemplates.TryCanonicalizeAsync(proof, documentContext, loader, sortOrder, cancellationToken).ConfigureAwait(false) is { } canonical)
        {
            return canonical;
        }

        // 1-5. proofConfig = the options (type, cryptosuite, created, verificationMethod, proofPurpose) with the document's
        // @context; 6. canonicalize it exactly like the document.
        return await Transformation.TransformAsync(ProofDocuments.ProofConfig(proof, documentContext), loader, sortOrder, javaScriptCompatible, cancellationToken).ConfigureAwait(false);
    }
}
