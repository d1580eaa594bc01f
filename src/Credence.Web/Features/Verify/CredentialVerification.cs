using Credence.Credentials.Verification;

namespace Credence.Web.Features.Verify;

/// <summary>Verifies one credential for the verifier page and <c>POST /api/verify</c>: the Open Badges 3.0 verifier with this instance's documents and the guarded fetcher.</summary>
internal sealed class CredentialVerification(VerificationDocuments documents, TimeProvider timeProvider)
{
    /// <summary>Verifies <paramref name="input"/> (JSON, a compact JWS, or a baked PNG or SVG) and, when given, checks it was awarded to <paramref name="expectedRecipient"/>.</summary>
    public async Task<VerificationOutcome> VerifyAsync(byte[] input, string? expectedRecipient, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var verifier = new CredentialVerifier(new VerifierOptions
        {
            Fetcher = documents,
            TimeProvider = timeProvider,
            ExpectedRecipient = string.IsNullOrWhiteSpace(expectedRecipient) ? null : expectedRecipient.Trim(),
        });
        var report = await verifier.VerifyAsync(input, cancellationToken);
        return new VerificationOutcome(report, Verdict.Of(report), CredentialReader.Read(input));
    }
}
