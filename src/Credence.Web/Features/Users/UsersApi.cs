using Credence.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Credence.Web.Features.Users;

/// <summary>REST API for accounts: admins list them, create them with roles and an institution, and change roles and institution.</summary>
internal static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/users").WithTags("Accounts").RequireAuthorization(AccountSetup.ManageInstitutions);
        group.MapGet("/", ListAsync).WithName("ListUsers").WithSummary("Every account with its roles and institution (admins only).");
        group.MapPost("/", CreateAsync).WithName("CreateUser").WithSummary("Create an account with its roles and institution (admins only).");
        group.MapPut("/{id}", UpdateAsync).WithName("UpdateUser").WithSummary("Change an account's roles and institution (admins only).");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<UserResponse>>> ListAsync(UserAccounts accounts, CancellationToken cancellationToken) =>
        TypedResults.Ok(await accounts.ListAsync(cancellationToken));

    private static async Task<Results<Created<UserResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        UserRequest request, HttpContext context, UserAccounts accounts, CancellationToken cancellationToken)
    {
        var (user, errors, conflict) = await accounts.CreateAsync(request, UserInstitution.ActorOf(context.User), cancellationToken);
        if (conflict)
        {
            return Problems.Coded(StatusCodes.Status409Conflict, AccountCodes.EmailTaken, "Another account already has this email.");
        }

        return user is null ? errors.ToProblem() : TypedResults.Created($"/api/admin/users/{user.Id}", user);
    }

    private static async Task<Results<Ok<UserResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string id, UserRequest request, HttpContext context, UserAccounts accounts, CancellationToken cancellationToken)
    {
        var (user, errors, problem) = await accounts.UpdateAsync(id, request, UserInstitution.ActorOf(context.User), cancellationToken);
        return problem switch
        {
            AccountCodes.NotFound => Problems.Coded(StatusCodes.Status404NotFound, problem, "No account has this id."),
            AccountCodes.LastAdmin => Problems.Coded(StatusCodes.Status409Conflict, problem, "The instance would be left without an administrator."),
            _ => user is null ? errors.ToProblem() : TypedResults.Ok(user),
        };
    }
}
