using Credence.Persistence.Entities;

namespace Credence.Web.Features.Institutions;

/// <summary>An institution as the API returns it.</summary>
/// <param name="Slug">The short name used in links.</param>
/// <param name="Name">The institution's name.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code.</param>
/// <param name="Url">Its web site.</param>
/// <param name="Description">A short description.</param>
internal sealed record InstitutionResponse(string Slug, string Name, string? Country, string? Url, string? Description)
{
    public static InstitutionResponse From(Institution institution) =>
        new(institution.Slug, institution.Name, institution.Country, institution.Url, institution.Description);
}
