using System.Security.Claims;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Credence.Persistence.Identity;
using Credence.Persistence.Institutions;
using Credence.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Credence.Web.Features.DesignTransfer;

/// <summary>REST API to import designs from YAML or a zip (all or nothing) and export them as YAML or a zip: <c>/api/institutions/{slug}/designs/import|export</c>.</summary>
internal static class DesignTransferApi
{
    public static IEndpointRouteBuilder MapDesignTransferApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/institutions/{slug}/designs").WithTags("Import and export");

        group.MapPost("/import", (
                string slug, [FromForm] IFormFile? file, [FromForm] bool? publish, ClaimsPrincipal user, DesignImport import, InstitutionStore institutions, UserManager<CredenceUser> users, CancellationToken cancellationToken) =>
                ImportAsync(slug, file, publish ?? false, user, import, institutions, users, cancellationToken))
            .RequireAuthorization(AccountSetup.EditDesigns)
            .DisableAntiforgery() // Cookie calls are checked by UseCookieApiAntiforgery; bearer calls need no token.
            .WithMetadata(new RequestSizeLimitAttribute(ImportUpload.MaxUploadBytes + (64 * 1024)))
            .Accepts<IFormFile>("multipart/form-data")
            .WithName("ImportDesigns")
            .WithSummary("Import a YAML file or a zip of a folder (microcredentials, pathways, proficiency scales) as drafts, or published with publish=true; any error imports nothing and every error is listed with file, line, column, field and code.");

        group.MapGet("/export", (
                string slug, bool? drafts, string? kind, string? id, ClaimsPrincipal user, DesignExport export, InstitutionStore institutions, UserManager<CredenceUser> users, CancellationToken cancellationToken) =>
                ExportAsync(slug, drafts ?? false, kind, id, user, export, institutions, users, cancellationToken))
            .Produces(StatusCodes.Status200OK, contentType: "application/zip")
            .Produces<string>(StatusCodes.Status200OK, "application/yaml")
            .WithName("ExportDesigns")
            .WithSummary("Export the published designs (drafts=true: each design's newest version, for the institution's staff) as a zip in the folder layout credence evaluate reads (with the institution's proficiency scales under scales/), or one design as YAML with kind and id.");
        return app;
    }

    private static async Task<Results<Ok<ImportResponse>, ProblemHttpResult>> ImportAsync(
        string slug, IFormFile? file, bool publish, ClaimsPrincipal user, DesignImport import, InstitutionStore institutions, UserManager<CredenceUser> users, CancellationToken cancellationToken)
    {
        if (await CheckAsync(slug, user, institutions, users, cancellationToken) is { Refusal: { } refusal })
        {
            return refusal;
        }

        var (result, problems) = await import.ImportAsync(slug, file, publish, UserInstitution.ActorOf(user), cancellationToken);
        if (result is null)
        {
            var code = problems.All(p => p.Code.StartsWith("authoring.", StringComparison.Ordinal)) ? ImportCodes.AuthoringErrors : problems[0].Code;
            return TypedResults.Problem(
                detail: $"Nothing was imported: {problems.Count} problem(s).",
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["code"] = code, ["errors"] = problems });
        }

        return TypedResults.Ok(new ImportResponse(result.Microcredentials, result.Pathways, result.Scorecards, publish, result.Scales));
    }

    private static async Task<Results<FileContentHttpResult, ContentHttpResult, UnauthorizedHttpResult, ForbidHttpResult, ProblemHttpResult>> ExportAsync(
        string slug, bool drafts, string? kind, string? id, ClaimsPrincipal user, DesignExport export, InstitutionStore institutions, UserManager<CredenceUser> users, CancellationToken cancellationToken)
    {
        DesignKind? designKind = kind switch
        {
            "microcredentials" => DesignKind.Microcredential,
            "pathways" => DesignKind.Pathway,
            _ => null,
        };
        if ((kind is not null && designKind is null) || (id is not null && designKind is null))
        {
            return Problems.Coded(StatusCodes.Status400BadRequest, ApiCodes.InvalidQuery, "Use kind=microcredentials or kind=pathways, and give it with id.");
        }

        Institution? institution;
        if (drafts)
        {
            if (user.Identity?.IsAuthenticated != true)
            {
                return TypedResults.Unauthorized();
            }

            if (!user.IsInRole(CredenceRoles.Admin) && !user.IsInRole(CredenceRoles.Designer) && !user.IsInRole(CredenceRoles.Reviewer))
            {
                return TypedResults.Forbid();
            }

            var (found, refusal) = await CheckAsync(slug, user, institutions, users, cancellationToken);
            if (refusal is not null)
            {
                return refusal;
            }

            institution = found;
        }
        else
        {
            institution = await institutions.FindAsync(slug, cancellationToken);
            if (institution is null)
            {
                return Problems.Coded(StatusCodes.Status404NotFound, DesignCodes.InstitutionNotFound, $"There is no institution '{slug}'.");
            }
        }

        var designs = await export.ListAsync(institution!.Id, drafts, designKind, id, cancellationToken); // Set in both branches above.
        if (id is not null)
        {
            return designs.Count == 0
                ? Problems.Coded(StatusCodes.Status404NotFound, DesignCodes.NotFound, "There is no such design or version.")
                : TypedResults.Text(designs[0].Yaml, "application/yaml");
        }

        var scales = await export.ScalesAsync(institution.Id, cancellationToken);
        return TypedResults.File(DesignExport.Zip(designs, scales), "application/zip", $"{slug}-designs.zip");
    }

    private static async Task<(Institution? Institution, ProblemHttpResult? Refusal)> CheckAsync(
        string slug, ClaimsPrincipal user, InstitutionStore institutions, UserManager<CredenceUser> users, CancellationToken cancellationToken)
    {
        var institution = await institutions.FindAsync(slug, cancellationToken);
        if (institution is null)
        {
            return (null, Problems.Coded(StatusCodes.Status404NotFound, DesignCodes.InstitutionNotFound, $"There is no institution '{slug}'."));
        }

        return await UserInstitution.MayActForAsync(user, institution, users)
            ? (institution, null)
            : (null, Problems.Coded(StatusCodes.Status403Forbidden, ApiCodes.OtherInstitution, $"You do not work for '{slug}'."));
    }
}
