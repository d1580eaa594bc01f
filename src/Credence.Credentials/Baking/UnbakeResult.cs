using Credence.Credentials.Verification;

namespace Credence.Credentials.Baking;

/// <summary>The credential extracted from a baked image, or the reason none could be extracted.</summary>
/// <param name="Credential">The credential exactly as baked: JSON text or a compact JWS.</param>
/// <param name="IsJwt">Whether the credential is a compact JWS (VC-JWT).</param>
/// <param name="Problem">On failure, a failed check with a <c>bake.*</c> code.</param>
public sealed record UnbakeResult(string? Credential, bool IsJwt, Check? Problem)
{
    /// <summary>Gets a value indicating whether a credential was extracted.</summary>
    public bool Succeeded => Credential is not null;

    internal static UnbakeResult Failed(string code, string message) => new(null, false, Check.Failed(code, message));
}
