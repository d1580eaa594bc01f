namespace Credence.Web.Features.Employers;

/// <summary>A new employer partner of an institution, optionally linked to an existing account with the employer role.</summary>
internal sealed record EmployerRequest(string? Name, string? Sector = null, string? Url = null, string? AccountEmail = null);
