using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Credence.Credentials.DataIntegrity;

/// <summary>Builds the JSON the eddsa-rdfc-2022 stages canonicalize: the unsecured document and the proof configuration.</summary>
internal static class ProofDocuments
{
    /// <summary>VC Data Integrity §4.3 step 2: the document without its <c>proof</c>.</summary>
    public static byte[] Unsecured(JsonElement document)
    {
        // Note: a document without a proof is already the unsecured document; its text is taken as it is.
        if (!document.TryGetProperty("proof", out _))
        {
            return JsonMarshal.GetRawUtf8Value(document).ToArray();
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var property in document.EnumerateObject())
            {
                if (property.Name != "proof")
                {
                    property.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>VC Data Integrity §4.4 Verify Proof for a proof chain: the document with only the proofs its proof's <c>previousProof</c> names, as an array.</summary>
    public static byte[] UnsecuredWithPreviousProofs(JsonElement document, IReadOnlyList<JsonElement> previousProofs)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var property in document.EnumerateObject())
            {
                if (property.Name != "proof")
                {
                    property.WriteTo(writer);
                }
            }

            writer.WriteStartArray("proof");
            foreach (var proof in previousProofs)
            {
                proof.WriteTo(writer);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The document without its <c>proof</c> and with <paramref name="context"/> as its <c>@context</c> (eddsa-jcs-2022 Verify Proof step 4).</summary>
    public static byte[] Unsecured(JsonElement document, JsonElement context)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var property in document.EnumerateObject())
            {
                if (property.Name == "@context")
                {
                    writer.WritePropertyName("@context");
                    context.WriteTo(writer);
                }
                else if (property.Name != "proof")
                {
                    property.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>vc-di-eddsa §3.3.4 steps 1 and 5: the proof options without <c>proofValue</c>, with the document's <c>@context</c>.</summary>
    public static byte[] ProofConfig(JsonElement proof, JsonElement documentContext)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var property in proof.EnumerateObject())
            {
                if (property.Name is not ("proofValue" or "@context"))
                {
                    property.WriteTo(writer);
                }
            }

            writer.WritePropertyName("@context");
            documentContext.WriteTo(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
