namespace Credence.Web.Features.Users;

/// <summary>A new account, or the roles and institution of an existing one (email, name and password are ignored on update).</summary>
/// <param name="Email">The sign-in email.</param>
/// <param name="DisplayName">The name shown in the app.</param>
/// <param name="Password">The first password (at least 12 characters); the user changes it later.</param>
/// <param name="Roles">Any of admin, designer, reviewer, issuer, learner, employer.</param>
/// <param name="Institution">The institution's slug; required for designers, reviewers and issuers.</param>
internal sealed record UserRequest(string? Email, string? DisplayName, string? Password, IReadOnlyList<string>? Roles, string? Institution);
