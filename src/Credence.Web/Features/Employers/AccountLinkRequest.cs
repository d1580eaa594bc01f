namespace Credence.Web.Features.Employers;

/// <summary>The email of an account with the employer role, to link to an employer partner.</summary>
internal sealed record AccountLinkRequest(string? Email);
