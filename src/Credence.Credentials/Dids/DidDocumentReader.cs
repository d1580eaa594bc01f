using System.Text.Json;
using Credence.Credentials.Keys;
using Credence.Credentials.Verification;

namespace Credence.Credentials.Dids;

/// <summary>Reads the verification methods and assertion methods of a DID document.</summary>
/// <seealso href="https://www.w3.org/TR/did-core/#verification-methods"/>
internal static class DidDocumentReader
{
    public static DidResolution Read(string expectedDid, byte[] content)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException exception)
        {
            return DidResolution.Failed(VerificationCodes.DidDocumentInvalid, $"The DID document of {expectedDid} is not JSON: {exception.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String)
            {
                return DidResolution.Failed(VerificationCodes.DidDocumentInvalid, $"The DID document of {expectedDid} has no id.");
            }

            if (id.GetString() != expectedDid)
            {
                return DidResolution.Failed(VerificationCodes.DidDocumentInvalid, $"The DID document fetched for {expectedDid} is for {id.GetString()}.");
            }

            var methods = new List<VerificationMethod>();
            var assertion = new List<string>();
            if (root.TryGetProperty("verificationMethod", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in list.EnumerateArray())
                {
                    if (TryReadMethod(expectedDid, item, out var method))
                    {
                        methods.Add(method);
                    }
                }
            }

            if (root.TryGetProperty("assertionMethod", out var assertions) && assertions.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in assertions.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String)
                    {
                        assertion.Add(Absolute(expectedDid, item.GetString()!));
                    }
                    else if (TryReadMethod(expectedDid, item, out var embedded))
                    {
                        methods.Add(embedded);
                        assertion.Add(embedded.Id);
                    }
                }
            }

            return new DidResolution(new DidDocument(expectedDid, methods, assertion), null, null);
        }
    }

    public static bool TryReadMethod(string did, JsonElement item, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out VerificationMethod? method)
    {
        method = null;
        if (item.ValueKind != JsonValueKind.Object
            || !item.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String
            || !item.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        CredentialKey? key = null;
        if (item.TryGetProperty("publicKeyMultibase", out var multibase) && multibase.ValueKind == JsonValueKind.String)
        {
            Multikey.TryDecodePublicKey(multibase.GetString(), out key, out _);
        }
        else if (item.TryGetProperty("publicKeyJwk", out var jwk))
        {
            JsonWebKey.TryImport(jwk, allowPrivateKey: false, out key, out _);
        }

        if (key is null)
        {
            return false;
        }

        var controller = item.TryGetProperty("controller", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : did;
        method = new VerificationMethod(Absolute(did, id.GetString()!), type.GetString()!, controller, key);
        return true;
    }

    private static string Absolute(string did, string id) => id.StartsWith('#') ? did + id : id;
}
