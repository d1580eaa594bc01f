using System.Reflection;
using Credence.Credentials.Verification;
using Credence.Web.Features.Verify;

namespace Credence.Web.Tests.Features.Verify;

public sealed class VerdictTests
{
    private static readonly Check Proof = Check.Passed(VerificationCodes.Ob3Proof, "ok", "/proof");
    private static readonly Check Revoked = Check.Failed(VerificationCodes.StatusRevocation, "revoked", "credentialStatus");
    private static readonly Check Expired = Check.Failed(VerificationCodes.Ob3Expired, "expired", "/validUntil");

    [Fact]
    public void A_broken_signature_makes_the_verdict_invalid_even_when_the_credential_is_also_revoked() =>
        Assert.Equal(VerifyCodes.Invalid, Verdict.Of(new([Check.Failed(VerificationCodes.ProofVerificationError, "bad", "/proof"), Revoked])).Code);

    [Fact]
    public void Revoked_is_said_before_expired() =>
        Assert.Equal(VerifyCodes.Revoked, Verdict.Of(new([Proof, Expired, Revoked])).Code);

    [Fact]
    public void A_revoked_credential_inside_a_clr_makes_the_clr_invalid_rather_than_revoked() =>
        Assert.Equal(VerifyCodes.Invalid, Verdict.Of(new([Proof, Revoked with { Path = "/credentialSubject/verifiableCredential/0/credentialStatus" }])).Code);

    [Fact]
    public void A_check_that_could_not_be_made_makes_the_verdict_incomplete() =>
        Assert.Equal(VerifyCodes.Incomplete, Verdict.Of(new([Proof, Check.NotChecked(VerificationCodes.StatusRetrievalError, "unreachable", "credentialStatus")])).Code);

    [Fact]
    public void Every_verification_code_has_a_plain_language_meaning()
    {
        var codes = typeof(VerificationCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);

        Assert.Empty(codes.Except(CheckMeanings.Codes));
    }
}
