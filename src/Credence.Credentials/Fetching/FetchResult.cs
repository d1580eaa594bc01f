using Credence.Credentials.Verification;

namespace Credence.Credentials.Fetching;

/// <summary>A fetched document, or the reason it could not be fetched.</summary>
/// <param name="Content">The document's bytes, when fetched.</param>
/// <param name="FailureCode">When not fetched, one of the <c>fetch.*</c> codes of <see cref="VerificationCodes"/>.</param>
/// <param name="FailureMessage">When not fetched, a human-readable reason.</param>
public sealed record FetchResult(byte[]? Content, string? FailureCode = null, string? FailureMessage = null)
{
    /// <summary>Gets a value indicating whether the document was fetched.</summary>
    public bool Succeeded => Content is not null;

    /// <summary>Creates a successful result.</summary>
    /// <param name="content">The document's bytes.</param>
    /// <returns>The result.</returns>
    public static FetchResult Success(byte[] content) => new(content);

    /// <summary>Creates a failed result.</summary>
    /// <param name="code">The <c>fetch.*</c> code.</param>
    /// <param name="message">The reason.</param>
    /// <returns>The result.</returns>
    public static FetchResult Failure(string code, string message) => new(null, code, message);
}
