namespace Credence.Web.Features.Account;

/// <summary>The body of <c>POST /api/account/token</c>.</summary>
/// <param name="Email">The account's email.</param>
/// <param name="Password">The account's password.</param>
internal sealed record TokenRequest(string? Email, string? Password);
