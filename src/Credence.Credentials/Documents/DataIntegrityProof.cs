namespace Credence.Credentials.Documents;

/// <summary>An embedded Data Integrity proof (VC Data Integrity <c>DataIntegrityProof</c>).</summary>
/// <seealso href="https://www.w3.org/TR/vc-data-integrity/#dataintegrityproof"/>
public sealed record DataIntegrityProof
{
    /// <summary>Gets the proof type, <c>DataIntegrityProof</c>.</summary>
    public string Type { get; init; } = "DataIntegrityProof";

    /// <summary>Gets the cryptosuite, for example <c>eddsa-rdfc-2022</c>.</summary>
    public required string Cryptosuite { get; init; }

    /// <summary>Gets when the proof was created.</summary>
    public string? Created { get; init; }

    /// <summary>Gets the verification method id.</summary>
    public required string VerificationMethod { get; init; }

    /// <summary>Gets the purpose, <c>assertionMethod</c> for issued credentials.</summary>
    public string ProofPurpose { get; init; } = "assertionMethod";

    /// <summary>Gets the multibase signature.</summary>
    public string? ProofValue { get; init; }
}
