namespace Credence.Credentials.DataIntegrity;

/// <summary>The names of the Data Integrity cryptosuites Credence signs with, as written in a proof's <c>cryptosuite</c>.</summary>
/// <seealso href="https://www.w3.org/TR/vc-di-eddsa/"/>
public static class CryptosuiteNames
{
    /// <summary>Ed25519 over RDF Dataset Canonicalization (RDFC-1.0) of the JSON-LD document: the Open Badges 3.0 default.</summary>
    public const string EddsaRdfc2022 = "eddsa-rdfc-2022";

    /// <summary>Ed25519 over the JSON Canonicalization Scheme (RFC 8785) of the JSON document.</summary>
    public const string EddsaJcs2022 = "eddsa-jcs-2022";
}
