using Credence.Credentials.Verification;

namespace Credence.Web.Features.Verify;

/// <summary>The overall verdict on a credential in one code and a sentence: verified, revoked, suspended, expired, not yet valid, invalid, or not fully checked.</summary>
/// <param name="Code">One of the verdict codes of <see cref="VerifyCodes"/>.</param>
/// <param name="Title">A short heading.</param>
/// <param name="Explanation">What it means for the person looking at the credential.</param>
internal sealed record Verdict(string Code, string Title, string Explanation)
{
    /// <summary>The verdict a report gives: a broken credential is invalid whatever its status; a genuine one is then revoked, suspended,
    /// expired or not yet valid in that order; one with checks that could not be made is incomplete.</summary>
    public static Verdict Of(VerificationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var failed = report.Checks.Where(c => c.Status == CheckStatus.Failed).ToList();
        if (failed.Any(c => !IsTopLevelStatusOrDate(c)))
        {
            return new Verdict(VerifyCodes.Invalid, "Not valid",
                "At least one check failed: this credential cannot be trusted as it is. The failed checks below say why.");
        }

        if (failed.Any(c => c.Code == VerificationCodes.StatusRevocation))
        {
            return new Verdict(VerifyCodes.Revoked, "Revoked",
                "The issuer has revoked this credential. It was genuine when issued, but the issuer no longer stands behind it.");
        }

        if (failed.Any(c => c.Code == VerificationCodes.StatusSuspension))
        {
            return new Verdict(VerifyCodes.Suspended, "Suspended",
                "The issuer has suspended this credential for now. It may be reinstated; until then it should not be relied on.");
        }

        if (failed.Any(c => c.Code == VerificationCodes.Ob3Expired))
        {
            return new Verdict(VerifyCodes.Expired, "Expired",
                "This credential is genuine, but its validity has ended. The holder may have a renewed one.");
        }

        if (failed.Count > 0)
        {
            return new Verdict(VerifyCodes.NotYetValid, "Not yet valid",
                "This credential is genuine, but it only becomes valid on a later date.");
        }

        if (report.HasUncheckedParts)
        {
            return new Verdict(VerifyCodes.Incomplete, "Could not be fully checked",
                "Nothing failed, but some checks could not be made (for example the issuer's status list could not be reached). Treat it as unconfirmed.");
        }

        return new Verdict(VerifyCodes.Verified, "Verified",
            "This credential is genuine: it was signed by the issuer it names, has not been changed, and is not revoked, suspended or expired.");
    }

    // Status and date failures of the credential itself (not of a credential nested in it) are verdicts of their own.
    private static bool IsTopLevelStatusOrDate(Check check) => check.Code switch
    {
        VerificationCodes.StatusRevocation or VerificationCodes.StatusSuspension => check.Path is not null && check.Path.StartsWith("credentialStatus", StringComparison.Ordinal),
        VerificationCodes.Ob3Expired => check.Path == "/validUntil" || check.Path == "/expirationDate",
        VerificationCodes.Ob3NotYetValid => check.Path == "/validFrom" || check.Path == "/issuanceDate",
        _ => false,
    };
}
