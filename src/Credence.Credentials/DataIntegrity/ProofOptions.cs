namespace Credence.Credentials.DataIntegrity;

/// <summary>The options of a new <c>DataIntegrityProof</c> (cryptosuite <c>eddsa-rdfc-2022</c> unless another is chosen).</summary>
/// <seealso href="https://www.w3.org/TR/vc-data-integrity/#proofs"/>
public sealed record ProofOptions
{
    /// <summary>Gets the verification method id of the signing key (for example <c>did:key:z…#z…</c> or <c>did:web:…#z…</c>).</summary>
    public required string VerificationMethod { get; init; }

    /// <summary>Gets the proof's <c>created</c> time (written to whole seconds in UTC); null to omit it.</summary>
    public DateTimeOffset? Created { get; init; }

    /// <summary>Gets the proof purpose (default <c>assertionMethod</c>, what issued credentials use).</summary>
    public string ProofPurpose { get; init; } = "assertionMethod";

    /// <summary>Gets the cryptosuite: <see cref="CryptosuiteNames.EddsaRdfc2022"/> (the default, what Open Badges 3.0 uses) or <see cref="CryptosuiteNames.EddsaJcs2022"/>.</summary>
    public string Cryptosuite { get; init; } = CryptosuiteNames.EddsaRdfc2022;
}
