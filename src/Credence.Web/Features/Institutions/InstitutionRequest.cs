namespace Credence.Web.Features.Institutions;

/// <summary>The body of <c>POST /api/institutions</c>.</summary>
/// <param name="Slug">The short name used in links.</param>
/// <param name="Name">The institution's name.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code.</param>
/// <param name="Url">Its web site.</param>
/// <param name="Description">A short description.</param>
internal sealed record InstitutionRequest(string? Slug, string? Name, string? Country, string? Url, string? Description);
