using Credence.Credentials.Fetching;

namespace Credence.Credentials.Verification;

/// <summary>Inputs of <see cref="CredentialVerifier"/>: what may be fetched, the clock, and an optional recipient to match.</summary>
public sealed record VerifierOptions
{
    /// <summary>Gets the fetcher for DID documents and status lists; null to verify offline (those checks are then not checked).</summary>
    public IDocumentFetcher? Fetcher { get; init; }

    /// <summary>Gets the clock validity periods are compared with.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Gets the tolerance for clocks that disagree (default 5 minutes).</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets an identifier of the expected recipient (an e-mail address, a student id, a DID) to match against the subject; null to skip.</summary>
    public string? ExpectedRecipient { get; init; }

    /// <summary>Gets how deep endorsements and CLR-nested credentials are followed (default 2).</summary>
    public int MaxNestingDepth { get; init; } = 2;
}
