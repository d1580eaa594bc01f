using Credence.Credentials.Fetching;
using Credence.Credentials.Verification;

namespace Credence.Credentials.Status;

/// <summary>Inputs of <see cref="StatusChecker"/>: where status lists come from, how their proofs are verified, and the clock.</summary>
public sealed record StatusCheckOptions
{
    /// <summary>Gets the fetcher for status list credentials and revocation lists; null when fetching is turned off (status is then not checked).</summary>
    public IDocumentFetcher? Fetcher { get; init; }

    /// <summary>Gets the clock the list credential's validity period is compared with.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Gets the verifier of a JSON status list credential's embedded proof; when null that proof is reported as not checked.</summary>
    /// <remarks>Status list credentials secured as VC-JWT are verified with <see cref="Jwt.VcJwt"/> without it.</remarks>
    public Func<string, CancellationToken, Task<VerificationReport>>? ListCredentialVerifier { get; init; }
}
