using Credence.Credentials.Verification;

namespace Credence.Web.Features.Verify;

/// <summary>A verification that ran: the report of checks, its verdict, and what the credential says about itself (null when nothing could be read).</summary>
internal sealed record VerificationOutcome(VerificationReport Report, Verdict Verdict, CredentialSummary? Credential);
