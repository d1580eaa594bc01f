using System.Buffers;
using System.Text.Json;
using Credence.Credentials.Cryptosuites.EddsaRdfc2022;
using Credence.Credentials.Documents;
using Credence.Credentials.Keys;
using Credence.JsonLd;
using Credence.JsonLd.Canonicalization;
using Jcs = Credence.Credentials.Cryptosuites.EddsaJcs2022;

namespace Credence.Credentials.DataIntegrity;

/// <summary>VC Data Integrity §4.2 Add Proof with vc-di-eddsa §3.3.1 Create Proof (eddsa-rdfc-2022) or §3.4.1 Create Proof (eddsa-jcs-2022).</summary>
/// <seealso href="https://www.w3.org/TR/vc-data-integrity/#add-proof"/>
/// <seealso href="https://www.w3.org/TR/vc-di-eddsa/#create-proof-eddsa-rdfc-2022"/>
/// <seealso href="https://www.w3.org/TR/vc-di-eddsa/#create-proof-eddsa-jcs-2022"/>
internal static class AddProof
{
    public static async Task<(string SignedJson, AddProofStages Stages)> AddAsync(JsonElement document, CredentialKey key, ProofOptions options, IDocumentLoader loader, CancellationToken cancellationToken)
    {
        // Create Proof 1. proof = a copy of the options: type, cryptosuite, created, verificationMethod, proofPurpose.
        var jcs = options.Cryptosuite == CryptosuiteNames.EddsaJcs2022;
        var context = document.GetProperty("@context");
        var proof = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(proof))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "DataIntegrityProof");
            if (options.Created is { } created)
            {
                writer.WriteString("created", XsdDateTime.Format(created));
            }

            writer.WriteString("verificationMethod", options.VerificationMethod);
            writer.WriteString("cryptosuite", options.Cryptosuite);
            writer.WriteString("proofPurpose", options.ProofPurpose);
            if (jcs)
            {
                // eddsa-jcs-2022 Proof Configuration 3: the proof carries the document's @context (as the W3C vector's does).
                writer.WritePropertyName("@context");
                context.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        using var proofOptions = JsonDocument.Parse(proof.WrittenMemory);

        // 2-3. proofConfig with the document's @context, canonicalized (Proof Configuration);
        // 4. transformedData = the canonical unsecured document (Transformation).
        string canonicalProofConfig, transformedData;
        if (jcs)
        {
            canonicalProofConfig = Jcs.ProofConfiguration.Canonicalize(proofOptions.RootElement, context);
            transformedData = Jcs.Transformation.Transform(ProofDocuments.Unsecured(document));
        }
        else
        {
            canonicalProofConfig = await ProofConfiguration.CanonicalizeAsync(proofOptions.RootElement, context, loader, RdfcSortOrder.CodePoint, cancellationToken).ConfigureAwait(false);
            transformedData = await Transformation.TransformAsync(ProofDocuments.Unsecured(document), loader, RdfcSortOrder.CodePoint, cancellationToken).ConfigureAwait(false);
        }

        // 5. hashData (Hashing); 6. proofValue (Proof Serialization).
        // Note: eddsa-jcs-2022 hashes and serializes exactly as eddsa-rdfc-2022 does (§3.4.4, §3.4.6), so the same stages serve both.
        var hashData = Hashing.Hash(canonicalProofConfig, transformedData);
        var proofValue = ProofSerialization.Serialize(hashData, key);

        // Add Proof: securedDocument = the unsecured document with the proof (proofValue added) appended to its proof set.
        var signed = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(signed, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            JsonElement? existing = null;
            foreach (var property in document.EnumerateObject())
            {
                if (property.Name == "proof")
                {
                    existing = property.Value;
                }
                else
                {
                    property.WriteTo(writer);
                }
            }

            writer.WritePropertyName("proof");
            var isSet = existing is not null;
            if (isSet)
            {
                writer.WriteStartArray();
                foreach (var earlier in existing!.Value.ValueKind == JsonValueKind.Array ? existing.Value.EnumerateArray() : Enumerable.Repeat(existing.Value, 1))
                {
                    earlier.WriteTo(writer);
                }
            }

            writer.WriteStartObject();
            foreach (var property in proofOptions.RootElement.EnumerateObject())
            {
                property.WriteTo(writer);
            }

            writer.WriteString("proofValue", proofValue);
            writer.WriteEndObject();
            if (isSet)
            {
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return (System.Text.Encoding.UTF8.GetString(signed.WrittenSpan), new AddProofStages(canonicalProofConfig, transformedData, hashData, proofValue));
    }
}
