namespace Credence.Web.Features.Employers;

/// <summary>An employer partner of an institution with its engagements.</summary>
internal sealed record EmployerResponse(long Id, string Name, string? Sector, string? Url, IReadOnlyList<EngagementResponse> Engagements);
