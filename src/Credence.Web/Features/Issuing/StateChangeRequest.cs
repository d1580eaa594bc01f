namespace Credence.Web.Features.Issuing;

/// <summary>The body of revoke and suspend (a reason is required) and of reissue (whether to revoke the credential it replaces).</summary>
internal sealed record StateChangeRequest(string? Reason, bool RevokePrevious = true);
