namespace Credence.Credentials.Keys;

/// <summary>The kinds of signing key Credence issues and verifies with.</summary>
public enum KeyType
{
    /// <summary>Ed25519 (EdDSA): Data Integrity <c>eddsa-rdfc-2022</c> and JWS <c>EdDSA</c>.</summary>
    Ed25519,

    /// <summary>ECDSA on NIST P-256 with SHA-256: JWS <c>ES256</c>.</summary>
    P256,

    /// <summary>RSA PKCS #1 v1.5 with SHA-256: JWS <c>RS256</c>.</summary>
    Rsa,
}
