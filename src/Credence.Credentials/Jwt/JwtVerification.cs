using Credence.Credentials.Verification;

namespace Credence.Credentials.Jwt;

/// <summary>The outcome of verifying a VC-JWT: the checks, and the credential it carries.</summary>
/// <param name="Report">Every check that ran.</param>
/// <param name="Credential">The credential JSON from the payload (the payload itself, or its VC 1.1 <c>vc</c> claim), when the JWT could be decoded.</param>
/// <param name="UsesVcClaim">Whether the credential came from a VC 1.1 <c>vc</c> claim.</param>
public sealed record JwtVerification(VerificationReport Report, string? Credential, bool UsesVcClaim);
