namespace Credence.Web.Features.Verify;

/// <summary>The body of <c>POST /api/verify</c>: the verdict, what the credential says about itself, and every check.</summary>
/// <param name="Verified">True only when no check failed and every check that applies could be made.</param>
/// <param name="Verdict">The overall verdict (<c>verify.*</c> code, title, explanation).</param>
/// <param name="Credential">Who issued it, to whom, what it certifies, its dates; null when no credential could be read.</param>
/// <param name="Checks">Every check in the order it ran.</param>
internal sealed record VerificationResponse(bool Verified, Verdict Verdict, CredentialSummary? Credential, IReadOnlyList<CheckResponse> Checks)
{
    public static VerificationResponse From(VerificationOutcome outcome) =>
        new(outcome.Report.IsVerified, outcome.Verdict, outcome.Credential, outcome.Report.Checks.Select(CheckResponse.From).ToList());
}
