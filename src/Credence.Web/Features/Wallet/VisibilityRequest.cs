namespace Credence.Web.Features.Wallet;

/// <summary>Whether the credential's public badge page (and its JSON) may be seen by anyone with the link.</summary>
internal sealed record VisibilityRequest(bool IsPublic);
