namespace Credence.Web.Features.Users;

/// <summary>Stable codes of account management (<c>/api/admin/users</c> and <c>/admin/users</c>).</summary>
internal static class AccountCodes
{
    /// <summary>The email is missing or not an email address.</summary>
    public const string InvalidEmail = "account.invalid-email";

    /// <summary>Another account already has that email (409).</summary>
    public const string EmailTaken = "account.email-taken";

    /// <summary>A role is not one of the six.</summary>
    public const string UnknownRole = "account.unknown-role";

    /// <summary>No role was given.</summary>
    public const string NoRole = "account.no-role";

    /// <summary>Designers, reviewers and issuers act for one institution, and none was given.</summary>
    public const string InstitutionRequired = "account.institution-required";

    /// <summary>No institution has that slug.</summary>
    public const string UnknownInstitution = "account.unknown-institution";

    /// <summary>The password does not meet the password rules.</summary>
    public const string WeakPassword = "account.weak-password";

    /// <summary>No account has that id (404).</summary>
    public const string NotFound = "account.not-found";

    /// <summary>The change would leave no administrator (409).</summary>
    public const string LastAdmin = "account.last-admin";
}
