using System.Text.Json;
using Credence.Credentials.Contexts;
using Credence.Credentials.Dids;
using Credence.Credentials.Documents;
using Credence.Credentials.Keys;
using Credence.Credentials.Verification;

namespace Credence.Credentials.DataIntegrity;

/// <summary>Data Integrity proofs with the <c>eddsa-rdfc-2022</c> and <c>eddsa-jcs-2022</c> cryptosuites: add one to a credential,
/// verify every proof of one (also the older <c>eddsa-2022</c> and <c>Ed25519Signature2020</c>).</summary>
/// <remarks>JSON-LD processing runs in safe mode with the bundled contexts unless another loader is given; nothing is loaded from the network.</remarks>
/// <seealso href="https://www.w3.org/TR/vc-di-eddsa/#eddsa-rdfc-2022"/>
public static class DataIntegrityProofs
{
    /// <summary>Signs a credential with a <c>DataIntegrityProof</c> (<c>eddsa-rdfc-2022</c>, or <c>eddsa-jcs-2022</c> when the options say so), appending to an existing proof set.</summary>
    /// <param name="credentialJson">The credential (a JSON object with <c>@context</c>).</param>
    /// <param name="key">The issuer's Ed25519 key.</param>
    /// <param name="proof">The proof options.</param>
    /// <param name="options">Loader and fetcher; null for the bundled contexts.</param>
    /// <param name="cancellationToken">Cancels context loading.</param>
    /// <returns>The signed credential, to be kept exactly as returned.</returns>
    /// <exception cref="ArgumentException">The credential is not a JSON object with <c>@context</c>, the key is not an Ed25519 key pair, or the cryptosuite is unknown.</exception>
    /// <exception cref="Credence.JsonLd.JsonLdException">The credential cannot be expanded in JSON-LD safe mode (an undefined term, an unknown context).</exception>
    public static async Task<SignedCredential> AddProofAsync(string credentialJson, CredentialKey key, ProofOptions proof, DataIntegrityOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(credentialJson);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(proof);
        if (key.Type != KeyType.Ed25519 || !key.HasPrivateKey)
        {
            throw new ArgumentException($"{proof.Cryptosuite} signs with an Ed25519 key pair.", nameof(key));
        }

        if (proof.Cryptosuite is not (CryptosuiteNames.EddsaRdfc2022 or CryptosuiteNames.EddsaJcs2022))
        {
            throw new ArgumentException($"The cryptosuite {proof.Cryptosuite} is not one Credence signs with.", nameof(proof));
        }

        using var document = ParseCredential(credentialJson);
        var (signed, _) = await AddProof.AddAsync(document.RootElement, key, proof, options?.DocumentLoader ?? BundledContexts.SharedLoader, cancellationToken).ConfigureAwait(false);
        return SignedCredential.FromSignedJson(signed);
    }

    /// <summary>Verifies every embedded proof of a credential.</summary>
    /// <param name="credential">The secured credential.</param>
    /// <param name="options">Loader and fetcher; null for the bundled contexts, offline.</param>
    /// <param name="cancellationToken">Cancels fetches and context loading.</param>
    /// <returns>Per proof, the issuer binding (<see cref="VerificationCodes.Ob3IssuerKey"/>) once its method is resolved, and the signature check (<see cref="VerificationCodes.Ob3Proof"/> when valid; a Data Integrity error code or a resolution code otherwise); one failed check when there is no proof.</returns>
    public static async Task<IReadOnlyList<Check>> VerifyAsync(JsonElement credential, DataIntegrityOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (credential.ValueKind != JsonValueKind.Object || !credential.TryGetProperty("proof", out var proofs) || proofs.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array))
        {
            return [Check.Failed(VerificationCodes.Ob3Proof, "The credential has no proof.", "/proof")];
        }

        var loader = options?.DocumentLoader ?? BundledContexts.SharedLoader;
        var resolver = new DidResolver(options?.Fetcher);
        var checks = new List<Check>();
        if (proofs.ValueKind == JsonValueKind.Object)
        {
            checks.AddRange(await VerifyProof.VerifyAsync(credential, proofs, "/proof", loader, resolver, cancellationToken).ConfigureAwait(false));
            return checks;
        }

        var index = 0;
        foreach (var proof in proofs.EnumerateArray())
        {
            checks.AddRange(await VerifyProof.VerifyAsync(credential, proof, $"/proof/{index++}", loader, resolver, cancellationToken).ConfigureAwait(false));
        }

        if (checks.Count == 0)
        {
            return [Check.Failed(VerificationCodes.Ob3Proof, "The credential's proof set is empty.", "/proof")];
        }

        // Note: in a proof set with a verified proof, proofs of types meant for other verifiers do not hold the verdict back.
        return checks.Any(c => c is { Code: VerificationCodes.Ob3Proof, Status: CheckStatus.Passed })
            ? checks.Select(c => c is { Code: VerificationCodes.Ob3Proof, Status: CheckStatus.NotChecked } ? c with { Status = CheckStatus.Skipped } : c).ToList()
            : checks;
    }

    internal static JsonDocument ParseCredential(string credentialJson)
    {
        try
        {
            var document = JsonDocument.Parse(credentialJson);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("@context", out _))
            {
                return document;
            }

            document.Dispose();
        }
        catch (JsonException)
        {
        }

        throw new ArgumentException("The credential must be a JSON object with @context.", nameof(credentialJson));
    }
}
