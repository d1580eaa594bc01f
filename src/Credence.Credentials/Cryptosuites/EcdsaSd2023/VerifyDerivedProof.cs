using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Credence.Credentials.DataIntegrity;
using Credence.Credentials.Keys;
using Credence.JsonLd;
using Credence.JsonLd.Canonicalization;
using Rdfc = Credence.Credentials.Cryptosuites.EddsaRdfc2022;

namespace Credence.Credentials.Cryptosuites.EcdsaSd2023;

/// <summary>vc-di-ecdsa §3.6.7 Verify Derived Proof (ecdsa-sd-2023) with §3.5.9 createVerifyData, for P-256 issuer keys.</summary>
/// <seealso href="https://www.w3.org/TR/vc-di-ecdsa/#verify-derived-proof-ecdsa-sd-2023"/>
/// <seealso href="https://www.w3.org/TR/vc-di-ecdsa/#createverifydata"/>
internal static class VerifyDerivedProof
{
    /// <summary>The outcome: valid, a signature that does not match, or a proof value that cannot be read.</summary>
    public enum Outcome
    {
        Valid,
        Invalid,
        Malformed,
    }

    public static async Task<Outcome> VerifyAsync(JsonElement document, JsonElement proof, JsonElement documentContext, string proofValue, CredentialKey issuerKey, IDocumentLoader loader, CancellationToken cancellationToken)
    {
        // createVerifyData 4. parseDerivedProofValue; the proof-scoped key must be a P-256 Multikey.
        if (!DerivedProofValue.TryParse(proofValue, out var derived)
            || !Multikey.TryDecodePublicKey("z" + Base58Btc.Encode(derived.PublicKey), out var proofScopedKey, out _)
            || proofScopedKey.Type != KeyType.P256)
        {
            return Outcome.Malformed;
        }

        using (proofScopedKey)
        {
            // createVerifyData 1-3. proofHash = SHA-256 of the canonical proof configuration (as eddsa-rdfc-2022 builds it).
            var canonicalProofConfig = await Rdfc.ProofConfiguration.CanonicalizeAsync(proof, documentContext, loader, RdfcSortOrder.CodePoint, cancellationToken).ConfigureAwait(false);
            var proofHash = SHA256.HashData(Encoding.UTF8.GetBytes(canonicalProofConfig));

            // createVerifyData 5-6. The disclosed document canonicalized, its blank nodes renamed by the label map, sorted again.
            var canonicalDocument = await Rdfc.Transformation.TransformAsync(ProofDocuments.Unsecured(document), loader, RdfcSortOrder.CodePoint, cancellationToken).ConfigureAwait(false);
            if (!BlankNodeRelabelling.TryRelabel(canonicalDocument, derived.LabelMap, out var nquads))
            {
                return Outcome.Invalid;
            }

            // createVerifyData 7-8. Mandatory statements by index, the rest non-mandatory; mandatoryHash over the mandatory ones.
            var mandatoryIndexes = new HashSet<int>(derived.MandatoryIndexes);
            if (mandatoryIndexes.Any(i => i < 0 || i >= nquads.Count))
            {
                return Outcome.Invalid;
            }

            var mandatory = new StringBuilder();
            var nonMandatory = new List<string>();
            for (var i = 0; i < nquads.Count; i++)
            {
                if (mandatoryIndexes.Contains(i))
                {
                    mandatory.Append(nquads[i]);
                }
                else
                {
                    nonMandatory.Add(nquads[i]);
                }
            }

            var mandatoryHash = SHA256.HashData(Encoding.UTF8.GetBytes(mandatory.ToString()));

            // Verify Derived Proof 3. One signature per non-mandatory statement.
            if (derived.Signatures.Count != nonMandatory.Count)
            {
                return Outcome.Invalid;
            }

            // 4-5. The base signature over proofHash || publicKey || mandatoryHash, by the issuer's key.
            byte[] toVerify = [.. proofHash, .. derived.PublicKey, .. mandatoryHash];
            if (!issuerKey.Verify(toVerify, derived.BaseSignature))
            {
                return Outcome.Invalid;
            }

            // 6. Each non-mandatory statement's signature, by the proof-scoped key.
            for (var i = 0; i < nonMandatory.Count; i++)
            {
                if (!proofScopedKey.Verify(Encoding.UTF8.GetBytes(nonMandatory[i]), derived.Signatures[i]))
                {
                    return Outcome.Invalid;
                }
            }

            return Outcome.Valid;
        }
    }
}
