using Credence.Credentials.Keys;

namespace Credence.Credentials.Cryptosuites.EddsaRdfc2022;

/// <summary>vc-di-eddsa §3.3.5 Proof Serialization (eddsa-rdfc-2022): sign the hash data with Ed25519; <c>proofValue</c> = <c>z</c> + base58btc(signature).</summary>
/// <seealso href="https://www.w3.org/TR/vc-di-eddsa/#proof-serialization-eddsa-rdfc-2022"/>
internal static class ProofSerialization
{
    public static string Serialize(byte[] hashData, CredentialKey key)
    {
        // 1. proofBytes = Ed25519 signature of hashData with the private key.
        var proofBytes = key.Sign(hashData);

        // 2. Multibase base58btc encoding.
        return "z" + Base58Btc.Encode(proofBytes);
    }
}
