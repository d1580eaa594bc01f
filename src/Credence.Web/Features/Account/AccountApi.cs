using Credence.Persistence.Entities;
using Credence.Persistence.Identity;
using Credence.Persistence.Issuing;
using Credence.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Credence.Web.Features.Account;

/// <summary><c>POST /api/account/token</c>: exchanges an email and password for a bearer token for the REST API.</summary>
internal static class AccountApi
{
    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/account/token", IssueTokenAsync)
            .WithTags("Account")
            .WithName("IssueToken")
            .WithSummary("Sign in with email and password; returns a bearer token (tokenType, accessToken, expiresIn, refreshToken).")
            .AllowAnonymous();
        return app;
    }

    private static async Task<Results<SignInHttpResult, ValidationProblem, ProblemHttpResult>> IssueTokenAsync(
        TokenRequest request, UserManager<CredenceUser> users, SignInManager<CredenceUser> signIn, LearnerAccountLinker linker, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(request.Email))
        {
            errors.Add("email", ApiCodes.Required, "An email is required.");
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            errors.Add("password", ApiCodes.Required, "A password is required.");
        }

        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var user = await users.FindByEmailAsync(request.Email!);
        if (user is null || !(await signIn.CheckPasswordSignInAsync(user, request.Password!, lockoutOnFailure: true)).Succeeded)
        {
            return Problems.Coded(StatusCodes.Status401Unauthorized, ApiCodes.InvalidCredentials, "The email and password do not match an account that may sign in.");
        }

        if (await users.IsInRoleAsync(user, CredenceRoles.Learner))
        {
            await linker.LinkAsync(user, cancellationToken);
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }
}
