using System.Buffers;
using System.Text.Json;
using Credence.JsonLd;

namespace Credence.Credentials.Cryptosuites.EddsaJcs2022;

/// <summary>vc-di-eddsa §3.4.5 Proof Configuration (eddsa-jcs-2022): the proof options with the document's <c>@context</c>, serialized with JCS.</summary>
/// <seealso href="https://www.w3.org/TR/vc-di-eddsa/#proof-configuration-eddsa-jcs-2022"/>
internal static class ProofConfiguration
{
    public static string Canonicalize(JsonElement proofOptions, JsonElement? documentContext)
    {
        // 1. proofConfig = a copy of the options (without proofValue); 2. the caller checked type and cryptosuite.
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var property in proofOptions.EnumerateObject())
            {
                if (property.Name is not ("proofValue" or "@context"))
                {
                    property.WriteTo(writer);
                }
            }

            // 3. proofConfig.@context = unsecuredDocument.@context (when the document has one).
            if (documentContext is { } context)
            {
                writer.WritePropertyName("@context");
                context.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        // 4. canonicalProofConfig = JCS(proofConfig).
        return JsonCanonicalizer.Canonicalize(buffer.WrittenSpan);
    }
}
