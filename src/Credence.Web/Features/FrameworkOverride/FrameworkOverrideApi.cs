using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Credence.Persistence.Frameworks;
using Credence.Persistence.Identity;
using Credence.Persistence.Institutions;
using Credence.Web.Features.Reviews;
using Credence.Web.Shared;
using Microsoft.AspNetCore.Identity;

namespace Credence.Web.Features.FrameworkOverride;

/// <summary>REST API of an institution's framework override: <c>GET/PUT /api/institutions/{institution}/framework-override</c>, for the institution's admins and designers.</summary>
internal static class FrameworkOverrideApi
{
    /// <summary>Roles that view and upload an institution's framework override.</summary>
    public static readonly string[] Roles = [CredenceRoles.Admin, CredenceRoles.Designer];

    public static IEndpointRouteBuilder MapFrameworkOverrideApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/institutions/{institution}/framework-override").WithTags("Framework override");
        group.MapGet("/", GetAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles))
            .Produces<FrameworkOverrideResponse>()
            .WithName("GetFrameworkOverride")
            .WithSummary("The institution's framework override (the YAML credence evaluate --framework-override reads), for its admins and designers; 404 framework-override.not-found when it has none.");
        group.MapPut("/", PutAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles))
            .Accepts<FrameworkOverrideRequest>("application/json")
            .Produces<FrameworkOverrideResponse>()
            .ProducesValidationProblem()
            .WithName("PutFrameworkOverride")
            .WithSummary("Upload or replace the institution's framework override; every problem is listed by field with the override loader's framework.* codes and nothing is saved. Each design is scored with the override the next time it is saved or imported.");
        return app;
    }

    private static async Task<IResult> GetAsync(
        string institution, HttpContext context, InstitutionStore institutions, UserManager<CredenceUser> users, FrameworkOverrideStore store, CancellationToken cancellationToken)
    {
        var (owner, refusal) = await CheckAsync(institution, context, institutions, users);
        if (owner is null)
        {
            return refusal!; // CheckAsync returns a refusal whenever the institution is null.
        }

        var stored = await store.FindAsync(owner.Id, cancellationToken);
        return stored is null
            ? Problems.Coded(StatusCodes.Status404NotFound, FrameworkOverrideCodes.NotFound, "The institution has no framework override.")
            : TypedResults.Ok(new FrameworkOverrideResponse(stored.Yaml, stored.UpdatedAt, stored.UpdatedBy));
    }

    private static async Task<IResult> PutAsync(
        string institution, HttpContext context, InstitutionStore institutions, UserManager<CredenceUser> users, FrameworkOverrideStore store, FrameworkOverrideUpload upload, CancellationToken cancellationToken)
    {
        var (owner, refusal) = await CheckAsync(institution, context, institutions, users);
        if (owner is null)
        {
            return refusal!; // CheckAsync returns a refusal whenever the institution is null.
        }

        var (body, bodyErrors) = await RequestBody.ReadAsync<FrameworkOverrideRequest>(context.Request, cancellationToken);
        if (body is null)
        {
            return bodyErrors.ToProblem();
        }

        var errors = await upload.SaveAsync(owner.Id, body.Yaml, UserInstitution.ActorOf(context.User), cancellationToken);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var stored = await store.FindAsync(owner.Id, cancellationToken);
        return TypedResults.Ok(new FrameworkOverrideResponse(stored!.Yaml, stored.UpdatedAt, stored.UpdatedBy)); // Saved just above.
    }

    private static async Task<(Institution? Owner, IResult? Refusal)> CheckAsync(string institution, HttpContext context, InstitutionStore institutions, UserManager<CredenceUser> users)
    {
        var owner = await institutions.FindAsync(institution, context.RequestAborted);
        if (owner is null)
        {
            return (null, Problems.Coded(StatusCodes.Status404NotFound, DesignCodes.InstitutionNotFound, $"There is no institution '{institution}'."));
        }

        var access = await DesignAccess.CheckAsync(context.User, owner, Roles, users);
        return access == Access.Allowed ? (owner, null) : (null, DesignAccess.Refusal(access));
    }
}
