using Credence.JsonLd;
using Credence.JsonLd.Canonicalization;

namespace Credence.Credentials.Cryptosuites.EddsaRdfc2022;

/// <summary>vc-di-eddsa §3.3.4 Proof Configuration (eddsa-rdfc-2022): the proof options, with the document's <c>@context</c>, to canonical N-Quads.</summary>
/// <seealso href="https://www.w3.org/TR/vc-di-eddsa/#proof-configuration-eddsa-rdfc-2022"/>
internal static class ProofConfiguration
{
    public static Task<string> CanonicalizeAsync(ReadOnlyMemory<byte> proofConfig, IDocumentLoader loader, RdfcSortOrder sortOrder, CancellationToken cancellationToken) =>
        // 1-5. The caller built proofConfig from the options (type, cryptosuite, created, verificationMethod, proofPurpose) and set its
        // @context to the document's; 6. canonicalize it exactly like the document.
        Transformation.TransformAsync(proofConfig, loader, sortOrder, cancellationToken);
}
