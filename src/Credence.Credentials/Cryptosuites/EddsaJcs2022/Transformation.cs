using Credence.JsonLd;

namespace Credence.Credentials.Cryptosuites.EddsaJcs2022;

/// <summary>vc-di-eddsa §3.4.3 Transformation (eddsa-jcs-2022): the unsecured document serialized with the JSON Canonicalization Scheme.</summary>
/// <seealso href="https://www.w3.org/TR/vc-di-eddsa/#transformation-eddsa-jcs-2022"/>
internal static class Transformation
{
    public static string Transform(ReadOnlySpan<byte> unsecuredDocument) =>
        // 1-2. The caller checked type and cryptosuite; 3. canonicalDocument = JCS(unsecuredDocument).
        JsonCanonicalizer.Canonicalize(unsecuredDocument);
}
