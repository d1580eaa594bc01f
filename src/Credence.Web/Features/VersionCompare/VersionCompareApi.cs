using System.Security.Claims;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Credence.Persistence.Institutions;
using Credence.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Credence.Web.Features.VersionCompare;

/// <summary>REST API to compare two versions of a design: <c>GET /api/{kind}/{institution}/{id}/compare?from=N&amp;to=M</c>.</summary>
internal static class VersionCompareApi
{
    public static IEndpointRouteBuilder MapVersionCompareApi(this IEndpointRouteBuilder app)
    {
        foreach (var (segment, tag) in new[] { ("microcredentials", "Microcredentials"), ("pathways", "Pathways") })
        {
            var kind = VersionCompareLoader.KindOf(segment)!.Value; // Both segments are kinds.
            app.MapGet($"/api/{segment}/{{institution}}/{{id}}/compare", (
                    string institution, string id, int? from, int? to, ClaimsPrincipal user, VersionCompareLoader loader, InstitutionStore institutions, UserManager<CredenceUser> users, CancellationToken cancellationToken) =>
                    CompareAsync(kind, institution, id, from, to, user, loader, institutions, users, cancellationToken))
                .RequireAuthorization(AccountSetup.ReadDrafts)
                .WithTags(tag)
                .WithName($"Compare{tag}Versions")
                .WithSummary("Compare two versions of a design: every changed field, and per framework the overall scores and each criterion's verdict in both.");
        }

        return app;
    }

    private static async Task<Results<Ok<VersionComparison>, ValidationProblem, ProblemHttpResult>> CompareAsync(
        DesignKind kind, string institution, string id, int? from, int? to, ClaimsPrincipal user, VersionCompareLoader loader, InstitutionStore institutions, UserManager<CredenceUser> users, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (from is null or < 1)
        {
            errors.Add("from", ApiCodes.InvalidQuery, "Give the older version's number, from 1.");
        }

        if (to is null or < 1)
        {
            errors.Add("to", ApiCodes.InvalidQuery, "Give the newer version's number, from 1.");
        }

        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var owner = await institutions.FindAsync(institution, cancellationToken);
        if (owner is null)
        {
            return Problems.Coded(StatusCodes.Status404NotFound, DesignCodes.InstitutionNotFound, $"There is no institution '{institution}'.");
        }

        if (!await UserInstitution.MayActForAsync(user, owner, users))
        {
            return Problems.Coded(StatusCodes.Status403Forbidden, ApiCodes.OtherInstitution, $"You do not work for '{institution}'.");
        }

        var comparison = await loader.CompareAsync(institution, kind, id, from!.Value, to!.Value, cancellationToken); // Both checked above.
        return comparison is null
            ? Problems.Coded(StatusCodes.Status404NotFound, DesignCodes.NotFound, "There is no such design or version.")
            : TypedResults.Ok(comparison);
    }
}
