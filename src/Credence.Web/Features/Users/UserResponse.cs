namespace Credence.Web.Features.Users;

/// <summary>An account as the admin API returns it.</summary>
/// <param name="Id">The account's id.</param>
/// <param name="Email">The sign-in email.</param>
/// <param name="DisplayName">The name shown in the app.</param>
/// <param name="Roles">Its roles.</param>
/// <param name="Institution">The slug of the institution it acts for, if any.</param>
internal sealed record UserResponse(string Id, string Email, string? DisplayName, IReadOnlyList<string> Roles, string? Institution);
