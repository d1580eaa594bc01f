using Credence.Domain.Frameworks;
using Credence.Persistence;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Credence.Persistence.Institutions;
using Credence.Web.Features.Reviews;
using Credence.Web.Shared;
using Microsoft.AspNetCore.Identity;

namespace Credence.Web.Features.Dashboard;

/// <summary>REST API of the institution dashboard: the portfolio ranked by value and the top gaps, for the institution's staff.</summary>
internal static class DashboardApi
{
    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/institutions/{institution}/dashboard", GetAsync)
            .RequireAuthorization(policy => policy.RequireRole(DesignAccess.StaffRoles))
            .WithTags("Reviews")
            .Produces<DashboardResponse>()
            .ProducesValidationProblem()
            .WithName("GetInstitutionDashboard")
            .WithSummary("The institution's designs (newest versions) ranked by value — by their primary framework, or by framework=ID — and the most frequent not-met / not-enough-information criteria with how many designs each.");
        return app;
    }

    /// <summary>Checks the <c>framework</c> query value: absent, or the id of a built-in framework.</summary>
    public static bool IsKnownFramework(string? framework) => framework is null || BuiltInFrameworks.All.Any(f => f.Id == framework);

    private static async Task<IResult> GetAsync(
        string institution, string? framework, HttpContext context, InstitutionStore institutions, UserManager<CredenceUser> users, CredenceDbContext db, CancellationToken cancellationToken)
    {
        if (!IsKnownFramework(framework))
        {
            var errors = new FieldErrors();
            errors.Add("framework", ApiCodes.InvalidQuery, $"Use one of {string.Join(", ", BuiltInFrameworks.All.Select(f => f.Id))}.");
            return errors.ToProblem();
        }

        var owner = await institutions.FindAsync(institution, cancellationToken);
        if (owner is null)
        {
            return Problems.Coded(StatusCodes.Status404NotFound, DesignCodes.InstitutionNotFound, $"There is no institution '{institution}'.");
        }

        var access = await DesignAccess.CheckAsync(context.User, owner, DesignAccess.StaffRoles, users);
        return access == Access.Allowed
            ? TypedResults.Ok(await Portfolio.BuildAsync(db, owner, framework, cancellationToken))
            : DesignAccess.Refusal(access);
    }
}
