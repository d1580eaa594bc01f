using Credence.Credentials.Verification;

namespace Credence.Credentials.Dids;

/// <summary>The result of resolving a DID or a verification method: the document and method, or a check saying why not.</summary>
/// <param name="Document">The resolved document.</param>
/// <param name="Method">The verification method asked for, when a DID URL with a fragment was resolved.</param>
/// <param name="Problem">When resolution did not succeed: a <see cref="CheckStatus.Failed"/> check (the identifier or document is invalid)
/// or a <see cref="CheckStatus.NotChecked"/> one (the document could not be obtained).</param>
public sealed record DidResolution(DidDocument? Document, VerificationMethod? Method, Check? Problem)
{
    internal static DidResolution Failed(string code, string message) => new(null, null, Check.Failed(code, message));

    internal static DidResolution NotChecked(string code, string message) => new(null, null, Check.NotChecked(code, message));
}
