namespace Credence.Web.Features.Verify;

/// <summary>What a credential says about itself, read for people before (and whatever) the checks decide; never a verdict.</summary>
/// <param name="Format">How it arrived: <c>json</c>, <c>jwt</c>, <c>png</c> or <c>svg</c>.</param>
/// <param name="Id">The credential's id.</param>
/// <param name="Types">Its types (<c>OpenBadgeCredential</c>, <c>ClrCredential</c>, …).</param>
/// <param name="Name">Its name.</param>
/// <param name="Issuer">Who issued it.</param>
/// <param name="Subject">To whom it was awarded.</param>
/// <param name="Achievement">What it certifies.</param>
/// <param name="ValidFrom">The start of its validity (<c>validFrom</c>, or VC 1.1 <c>issuanceDate</c>), as written.</param>
/// <param name="ValidUntil">The end of its validity (<c>validUntil</c>, or VC 1.1 <c>expirationDate</c>), as written.</param>
/// <param name="Contained">The credentials a CLR carries, each summarized.</param>
internal sealed record CredentialSummary(
    string Format,
    string? Id,
    IReadOnlyList<string> Types,
    string? Name,
    PartySummary? Issuer,
    PartySummary? Subject,
    AchievementSummary? Achievement,
    string? ValidFrom,
    string? ValidUntil,
    IReadOnlyList<CredentialSummary> Contained);
