namespace Credence.Web.Features.Issuing;

/// <summary>An award (every competency mastered) and the credential issued for it, if any.</summary>
internal sealed record AwardResponse(long Id, string LearnerEmail, string LearnerName, string Microcredential, string Title, DateTimeOffset AwardedAt, Guid? CredentialId);
