namespace Credence.Credentials.Verification;

/// <summary>Every check a verification ran, in order, with the overall verdict.</summary>
/// <param name="Checks">The checks, in the order they ran.</param>
public sealed record VerificationReport(IReadOnlyList<Check> Checks)
{
    /// <summary>Gets a value indicating whether the input verified: no check failed and none that applies is <see cref="CheckStatus.NotChecked"/>.</summary>
    public bool IsVerified => Checks.All(c => c.Status is CheckStatus.Passed or CheckStatus.Skipped);

    /// <summary>Gets a value indicating whether some check ran and found the input invalid.</summary>
    public bool HasFailures => Checks.Any(c => c.Status == CheckStatus.Failed);

    /// <summary>Gets a value indicating whether some applicable check could not be run.</summary>
    public bool HasUncheckedParts => Checks.Any(c => c.Status == CheckStatus.NotChecked);
}
