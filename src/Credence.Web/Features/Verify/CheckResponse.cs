using Credence.Credentials.Verification;

namespace Credence.Web.Features.Verify;

/// <summary>One check of a verification: its stable code, its outcome, what it found, and what the check means in plain words.</summary>
internal sealed record CheckResponse(string Code, CheckStatus Status, string Message, string Meaning, string? Path)
{
    public static CheckResponse From(Check check) => new(check.Code, check.Status, check.Message, CheckMeanings.Of(check.Code), check.Path);
}
