using System.Text.Json;
using Credence.Credentials.Cryptosuites.EddsaRdfc2022;
using Credence.Credentials.Dids;
using Credence.Credentials.Keys;
using Credence.Credentials.Verification;
using Credence.JsonLd;
using Credence.JsonLd.Canonicalization;
using Jcs = Credence.Credentials.Cryptosuites.EddsaJcs2022;
using Sd = Credence.Credentials.Cryptosuites.EcdsaSd2023;

namespace Credence.Credentials.DataIntegrity;

/// <summary>VC Data Integrity §4.4 Verify Proof with vc-di-eddsa §3.3.2 Verify Proof (eddsa-rdfc-2022) and §3.4.2 Verify Proof
/// (eddsa-jcs-2022); also the earlier names of the RDFC construction, <c>eddsa-2022</c> and <c>Ed25519Signature2020</c>.</summary>
/// <seealso href="https://www.w3.org/TR/vc-data-integrity/#verify-proof"/>
/// <seealso href="https://www.w3.org/TR/vc-di-eddsa/#verify-proof-eddsa-rdfc-2022"/>
internal static class VerifyProof
{
    private const string EcdsaSd2023 = "ecdsa-sd-2023";

    public static async Task<IReadOnlyList<Check>> VerifyAsync(JsonElement document, JsonElement proof, string path, IDocumentLoader loader, DidResolver resolver, CancellationToken cancellationToken)
    {
        var checks = new List<Check>();
        checks.Add(await VerifySignatureAsync(document, proof, path, loader, resolver, checks, cancellationToken).ConfigureAwait(false));
        return checks;
    }

    private static async Task<Check> VerifySignatureAsync(JsonElement document, JsonElement proof, string path, IDocumentLoader loader, DidResolver resolver, List<Check> checks, CancellationToken cancellationToken)
    {
        // Proofs of other types are for other verifiers: report them before requiring this suite's members.
        var type = String(proof, "type");
        var cryptosuite = String(proof, "cryptosuite");
        var supported = (type == "DataIntegrityProof" && cryptosuite is CryptosuiteNames.EddsaRdfc2022 or "eddsa-2022" or CryptosuiteNames.EddsaJcs2022 or EcdsaSd2023) || type == "Ed25519Signature2020";
        var ecdsaSd = type == "DataIntegrityProof" && cryptosuite == EcdsaSd2023;
        if (proof.ValueKind == JsonValueKind.Object && type is not null && !supported)
        {
            return Check.NotChecked(VerificationCodes.Ob3Proof, $"Proofs of type {type}{(cryptosuite is null ? string.Empty : " / " + cryptosuite)} are not supported.", path);
        }

        // 1-3. The proof must be an object with type, verificationMethod, proofPurpose and proofValue strings.
        if (type is null
            || String(proof, "verificationMethod") is not { } verificationMethod
            || String(proof, "proofPurpose") is not { } proofPurpose
            || String(proof, "proofValue") is not { } proofValue)
        {
            return Check.Failed(VerificationCodes.MalformedProofError, "The proof lacks type, verificationMethod, proofPurpose or proofValue.", path);
        }

        if (!document.TryGetProperty("@context", out var context))
        {
            return Check.Failed(VerificationCodes.MalformedProofError, "The secured document has no @context.", path);
        }

        // 4. The proof purpose must be the expected one: issued credentials are asserted.
        if (proofPurpose != "assertionMethod")
        {
            return Check.Failed(VerificationCodes.MismatchedProofPurposeError, $"The proof purpose is {proofPurpose}, not assertionMethod.", path + "/proofPurpose");
        }

        var proofBytes = Array.Empty<byte>();
        if (!ecdsaSd && (!proofValue.StartsWith('z') || !Base58Btc.TryDecode(proofValue.AsSpan(1), out proofBytes) || proofBytes.Length != 64))
        {
            return Check.Failed(VerificationCodes.MalformedProofError, "The proofValue is not a base58btc multibase Ed25519 signature.", path + "/proofValue");
        }

        // The verification method: resolved, authorized for assertionMethod, and the issuer's own.
        var resolution = await resolver.ResolveAsync(verificationMethod, cancellationToken).ConfigureAwait(false);
        if (resolution.Method is not { } method)
        {
            var problem = resolution.Problem ?? Check.Failed(VerificationCodes.DidMethodNotFound, $"{verificationMethod} names no verification method.");
            return problem with { Path = path + "/verificationMethod" };
        }

        if (!resolution.Document!.AssertionMethods.Contains(method.Id))
        {
            return Check.Failed(VerificationCodes.MismatchedProofPurposeError, $"{verificationMethod} is not authorized for assertionMethod by its controller.", path + "/verificationMethod");
        }

        // Note: the issuer binding is a check of its own, so that a valid signature by someone else's key still reads as such.
        // An issuer identified by a DID or URL must control the method; an issuer id that resolves to nothing (urn:uuid:) cannot be bound.
        var issuer = IssuerId(document);
        var resolvable = issuer is not null && (issuer.StartsWith("did:", StringComparison.Ordinal) || issuer.StartsWith("https:", StringComparison.Ordinal) || issuer.StartsWith("http:", StringComparison.Ordinal));
        checks.Add(!resolvable
            ? Check.Skipped(VerificationCodes.Ob3IssuerKey, $"The issuer id {issuer ?? "(none)"} names no controller document, so the key cannot be bound to it.", path + "/verificationMethod")
            : resolution.Document.Id == issuer
                ? Check.Passed(VerificationCodes.Ob3IssuerKey, $"The verification method is the issuer's ({issuer}).", path + "/verificationMethod")
                : Check.Failed(VerificationCodes.Ob3IssuerKey, $"The verification method belongs to {resolution.Document.Id}, not to the issuer {issuer}.", path + "/verificationMethod"));

        // 5-8. Transformation, proof configuration, hashing and verification; on failure, once more with the JavaScript stack's sort order.
        if (ecdsaSd)
        {
            return await VerifyEcdsaSdAsync(document, proof, context, proofValue, method.Key, verificationMethod, path, loader, cancellationToken).ConfigureAwait(false);
        }

        if (type == "DataIntegrityProof" && cryptosuite == CryptosuiteNames.EddsaJcs2022)
        {
            return VerifyJcs(document, proof, context, proofBytes, method.Key, verificationMethod, path);
        }

        // A proof in a chain signs the document together with the proofs its previousProof names (all of them must be there).
        if (!TryUnsecured(document, proof, out var unsecured))
        {
            return Check.Failed(VerificationCodes.ProofVerificationError, "The proof's previousProof names a proof the credential does not carry.", path + "/previousProof");
        }

        try
        {
            if (await VerifyWithAsync(unsecured, proof, context, proofBytes, method.Key, loader, RdfcSortOrder.CodePoint, cancellationToken).ConfigureAwait(false))
            {
                return Check.Passed(VerificationCodes.Ob3Proof, $"The {cryptosuite ?? type} proof by {verificationMethod} is valid.", path);
            }

            if (await VerifyWithAsync(unsecured, proof, context, proofBytes, method.Key, loader, RdfcSortOrder.Utf16CodeUnit, cancellationToken).ConfigureAwait(false))
            {
                return Check.Passed(VerificationCodes.InteropJsonLdJsQuirk, "The proof is valid only with UTF-16 code unit sorting, as the JavaScript canonicalizer sorts; RDFC-1.0 sorts by code point.", path);
            }

            if (await VerifyWithAsync(unsecured, proof, context, proofBytes, method.Key, loader, RdfcSortOrder.Utf16CodeUnit, javaScriptCompatible: true, cancellationToken).ConfigureAwait(false))
            {
                return Check.Passed(VerificationCodes.InteropJsonLdJsQuirk, "The proof is valid only with jsonld.js's toRdf (numbers typed by their JavaScript string form, language tags lower-cased) and UTF-16 code unit sorting; the JSON-LD and RDFC-1.0 specs differ.", path);
            }
        }
        catch (JsonLdException exception)
        {
            return Check.Failed(VerificationCodes.ProofTransformationError, $"The credential cannot be canonicalized in JSON-LD safe mode ({exception.Code}): {exception.Message}", path);
        }

        return Check.Failed(VerificationCodes.ProofVerificationError, "The signature does not match the credential.", path + "/proofValue");
    }

    private static Task<bool> VerifyWithAsync(byte[] unsecured, JsonElement proof, JsonElement context, byte[] proofBytes, CredentialKey key, IDocumentLoader loader, RdfcSortOrder sortOrder, CancellationToken cancellationToken) =>
        VerifyWithAsync(unsecured, proof, context, proofBytes, key, loader, sortOrder, javaScriptCompatible: false, cancellationToken);

    private static async Task<bool> VerifyWithAsync(byte[] unsecured, JsonElement proof, JsonElement context, byte[] proofBytes, CredentialKey key, IDocumentLoader loader, RdfcSortOrder sortOrder, bool javaScriptCompatible, CancellationToken cancellationToken)
    {
        var transformedData = await Transformation.TransformAsync(unsecured, loader, sortOrder, javaScriptCompatible, cancellationToken).ConfigureAwait(false);
        var canonicalProofConfig = await ProofConfiguration.CanonicalizeAsync(proof, context, loader, sortOrder, javaScriptCompatible, cancellationToken).ConfigureAwait(false);
        return ProofVerification.Verify(Hashing.Hash(canonicalProofConfig, transformedData), proofBytes, key);
    }

    // vc-di-ecdsa §3.6.7 Verify Derived Proof (ecdsa-sd-2023); a base proof is for the holder, never shown to a verifier.
    private static async Task<Check> VerifyEcdsaSdAsync(JsonElement document, JsonElement proof, JsonElement context, string proofValue, CredentialKey key, string verificationMethod, string path, IDocumentLoader loader, CancellationToken cancellationToken)
    {
        if (key.Type != KeyType.P256)
        {
            return Check.Failed(VerificationCodes.ProofVerificationError, $"{verificationMethod} is not a P-256 key, which ecdsa-sd-2023 proofs here are made with.", path + "/verificationMethod");
        }

        try
        {
            return await Sd.VerifyDerivedProof.VerifyAsync(document, proof, context, proofValue, key, loader, cancellationToken).ConfigureAwait(false) switch
            {
                Sd.VerifyDerivedProof.Outcome.Valid => Check.Passed(VerificationCodes.Ob3Proof, $"The {EcdsaSd2023} derived proof by {verificationMethod} is valid.", path),
                Sd.VerifyDerivedProof.Outcome.Malformed => Check.Failed(VerificationCodes.MalformedProofError, "The proofValue is not an ecdsa-sd-2023 derived proof value.", path + "/proofValue"),
                _ => Check.Failed(VerificationCodes.ProofVerificationError, "The signatures do not match the disclosed credential.", path + "/proofValue"),
            };
        }
        catch (JsonLdException exception)
        {
            return Check.Failed(VerificationCodes.ProofTransformationError, $"The credential cannot be canonicalized in JSON-LD safe mode ({exception.Code}): {exception.Message}", path);
        }
    }

    // VC Data Integrity §4.4 Verify Proof: without previousProof the unsecured document has no proof; with it, the proofs named.
    private static bool TryUnsecured(JsonElement document, JsonElement proof, out byte[] unsecured)
    {
        if (!proof.TryGetProperty("previousProof", out var previous))
        {
            unsecured = ProofDocuments.Unsecured(document);
            return true;
        }

        var ids = previous.ValueKind == JsonValueKind.Array ? previous.EnumerateArray().Select(p => p.ValueKind == JsonValueKind.String ? p.GetString() : null).ToList() : [previous.ValueKind == JsonValueKind.String ? previous.GetString() : null];
        var all = document.GetProperty("proof");
        var matching = (all.ValueKind == JsonValueKind.Array ? all.EnumerateArray().ToList() : [all])
            .Where(p => p.ValueKind == JsonValueKind.Object && String(p, "id") is { } id && ids.Contains(id))
            .ToList();
        unsecured = ProofDocuments.UnsecuredWithPreviousProofs(document, matching);
        return ids.Count > 0 && ids.All(id => id is not null) && matching.Count == ids.Count;
    }

    // vc-di-eddsa §3.4.2 Verify Proof (eddsa-jcs-2022), from step 4 on (steps 1-3 are shared with the RDFC suite above).
    private static Check VerifyJcs(JsonElement document, JsonElement proof, JsonElement documentContext, byte[] proofBytes, CredentialKey key, string verificationMethod, string path)
    {
        // 4. A proof @context must begin the document's @context, in order; the unsecured document then takes the proof's.
        var context = documentContext;
        if (proof.TryGetProperty("@context", out var proofContext))
        {
            if (!StartsWith(documentContext, proofContext))
            {
                return Check.Failed(VerificationCodes.ProofVerificationError, "The proof's @context does not begin the credential's @context.", path + "/@context");
            }

            context = proofContext;
        }

        try
        {
            // 5. transformedData (Transformation); 6. canonical proofConfig (Proof Configuration); 7. hashData (Hashing); 8. verify.
            var transformedData = Jcs.Transformation.Transform(ProofDocuments.Unsecured(document, context));
            var canonicalProofConfig = Jcs.ProofConfiguration.Canonicalize(proof, context);
            if (ProofVerification.Verify(Hashing.Hash(canonicalProofConfig, transformedData), proofBytes, key))
            {
                return Check.Passed(VerificationCodes.Ob3Proof, $"The {CryptosuiteNames.EddsaJcs2022} proof by {verificationMethod} is valid.", path);
            }
        }
        catch (JsonLdException exception)
        {
            return Check.Failed(VerificationCodes.ProofTransformationError, $"The credential cannot be canonicalized with JCS ({exception.Code}): {exception.Message}", path);
        }

        return Check.Failed(VerificationCodes.ProofVerificationError, "The signature does not match the credential.", path + "/proofValue");
    }

    private static bool StartsWith(JsonElement documentContext, JsonElement proofContext)
    {
        var document = documentContext.ValueKind == JsonValueKind.Array ? documentContext.EnumerateArray().ToList() : [documentContext];
        var proof = proofContext.ValueKind == JsonValueKind.Array ? proofContext.EnumerateArray().ToList() : [proofContext];
        return proof.Count <= document.Count && proof.Select((item, i) => JsonElement.DeepEquals(item, document[i])).All(equal => equal);
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? IssuerId(JsonElement document) =>
        document.TryGetProperty("issuer", out var issuer) ? issuer.ValueKind == JsonValueKind.String ? issuer.GetString() : String(issuer, "id") : null;
}
