namespace Credence.JsonLd.Canonicalization;

/// <summary>The hash function RDFC-1.0 uses for every hash it computes.</summary>
/// <seealso href="https://www.w3.org/TR/rdf-canon/#hash-algorithms"/>
public enum RdfcHashAlgorithm
{
    /// <summary>SHA-256, the default.</summary>
    Sha256,

    /// <summary>SHA-384.</summary>
    Sha384,
}
