using Credence.Credentials.Keys;

namespace Credence.Credentials.Cryptosuites.EddsaRdfc2022;

/// <summary>vc-di-eddsa §3.3.6 Proof Verification (eddsa-rdfc-2022): Ed25519 verification of the hash data with the method's public key.</summary>
/// <seealso href="https://www.w3.org/TR/vc-di-eddsa/#proof-verification-eddsa-rdfc-2022"/>
internal static class ProofVerification
{
    public static bool Verify(byte[] hashData, byte[] proofBytes, CredentialKey publicKey) =>
        // 1-2. verificationResult = Ed25519 verify(publicKey, hashData, proofBytes).
        publicKey.Type == KeyType.Ed25519 && proofBytes.Length == 64 && publicKey.Verify(hashData, proofBytes);
}
