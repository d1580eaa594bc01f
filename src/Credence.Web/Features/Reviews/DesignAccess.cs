using System.Globalization;
using System.Security.Claims;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Credence.Persistence.Identity;
using Credence.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Credence.Web.Features.Reviews;

/// <summary>Who may see and judge what: the roles of the review pages and endpoints, the kind segment of a URL and the version a request names.</summary>
internal static class DesignAccess
{
    /// <summary>Roles that see drafts and the review records of their own institution.</summary>
    public static readonly string[] StaffRoles = [CredenceRoles.Admin, CredenceRoles.Designer, CredenceRoles.Reviewer];

    /// <summary>Roles that record attestations and reviews for their own institution.</summary>
    public static readonly string[] ReviewerRoles = [CredenceRoles.Admin, CredenceRoles.Reviewer];

    /// <summary>Roles that manage an institution's employer partners.</summary>
    public static readonly string[] PartnerManagerRoles = [CredenceRoles.Admin, CredenceRoles.Designer];

    public static bool IsInAny(ClaimsPrincipal user, IEnumerable<string> roles) => roles.Any(user.IsInRole);

    /// <summary>Whether the user is signed in, has one of the roles, and works for the institution (admins act for every institution).</summary>
    public static async Task<Access> CheckAsync(ClaimsPrincipal user, Institution institution, IEnumerable<string> roles, UserManager<CredenceUser> users)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return Access.SignInNeeded;
        }

        if (!IsInAny(user, roles))
        {
            return Access.WrongRole;
        }

        return await UserInstitution.MayActForAsync(user, institution, users) ? Access.Allowed : Access.OtherInstitution;
    }

    /// <summary>The API's answer to a refusal: 401, 403, or 403 with <c>api.other-institution</c>.</summary>
    public static IResult Refusal(Access access) => access switch
    {
        Access.SignInNeeded => TypedResults.Unauthorized(),
        Access.WrongRole => TypedResults.Forbid(),
        _ => Problems.Coded(StatusCodes.Status403Forbidden, ApiCodes.OtherInstitution, "You do not work for this institution."),
    };

    /// <summary>The URL segment of a kind: <c>microcredentials</c> or <c>pathways</c>.</summary>
    public static string Segment(DesignKind kind) => kind == DesignKind.Microcredential ? "microcredentials" : "pathways";

    public static bool TryKind(string segment, out DesignKind kind)
    {
        switch (segment)
        {
            case "microcredentials":
                kind = DesignKind.Microcredential;
                return true;
            case "pathways":
                kind = DesignKind.Pathway;
                return true;
            default:
                kind = default;
                return false;
        }
    }

    /// <summary>Reads the <c>version</c> query value: <c>published</c> (also when absent), <c>draft</c>, <c>newest</c> or a version number.</summary>
    public static bool TryVersion(string? text, out VersionRequest version)
    {
        version = text switch
        {
            null or "" or "published" => new VersionRequest(DesignVersionChoice.Published, null),
            "draft" => new VersionRequest(DesignVersionChoice.Draft, null),
            "newest" => new VersionRequest(DesignVersionChoice.Newest, null),
            _ when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 => new VersionRequest(null, number),
            _ => new VersionRequest(null, null),
        };
        return version.Choice is not null || version.Number is not null;
    }

    public static Task<DesignVersion?> FindAsync(DesignStore store, string institution, DesignKind kind, string id, VersionRequest version, CancellationToken cancellationToken) =>
        version.Number is { } number
            ? store.FindAsync(institution, kind, id, number, cancellationToken)
            : store.FindAsync(institution, kind, id, version.Choice ?? DesignVersionChoice.Published, cancellationToken);
}
