using Credence.Persistence.Entities;

namespace Credence.Persistence.Issuing;

/// <summary>The outcome of issuing or changing a credential: the credential, or the <see cref="IssuingCodes"/> code of why not.</summary>
/// <param name="Credential">The credential issued or changed; null when refused.</param>
/// <param name="Code">An <see cref="IssuingCodes"/> code when refused; null on success.</param>
public sealed record IssuanceOutcome(IssuedCredential? Credential, string? Code)
{
    /// <summary>Gets a value indicating whether the operation succeeded.</summary>
    public bool Succeeded => Code is null;

    internal static IssuanceOutcome Success(IssuedCredential credential) => new(credential, null);

    internal static IssuanceOutcome Refused(string code) => new(null, code);
}
