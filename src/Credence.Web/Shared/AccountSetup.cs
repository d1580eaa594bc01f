using Credence.Persistence;
using Credence.Persistence.Entities;
using Credence.Persistence.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Credence.Web.Shared;

/// <summary>ASP.NET Core Identity with the six roles: cookies for pages, bearer tokens for the REST API, keys shared through the database.</summary>
internal static class AccountSetup
{
    /// <summary>Picks the cookie or the bearer handler per request, so every endpoint accepts both.</summary>
    public const string Scheme = "Credence";

    public const string ReadDrafts = "designs.read-drafts";

    public const string EditDesigns = "designs.edit";

    public const string ManageInstitutions = "institutions.manage";

    public const string IssueCredentials = "credentials.issue";

    public const string HoldCredentials = "credentials.hold";

    public static IServiceCollection AddCredenceAccounts(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("Credence").PersistKeysToDbContext<CredenceDbContext>();
        services.AddIdentityCore<CredenceUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // Length over composition rules (NIST SP 800-63B): a long passphrase is enough.
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireDigit = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Lockout.MaxFailedAccessAttempts = 10;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<CredenceDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = Scheme;
                options.DefaultChallengeScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "Cookie or bearer token", options =>
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? IdentityConstants.BearerScheme
                        : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(options =>
            {
                options.LoginPath = "/account/login";
                options.LogoutPath = "/account/logout";
                options.AccessDeniedPath = "/account/access-denied";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                // The API answers 401/403 instead of redirecting to the login page.
                options.Events.OnRedirectToLogin = context => ApiAwareRedirect(context.HttpContext, context.RedirectUri, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context.HttpContext, context.RedirectUri, StatusCodes.Status403Forbidden);
            }));

        services.AddAuthorizationBuilder()
            .AddPolicy(ReadDrafts, policy => policy.RequireRole(CredenceRoles.Admin, CredenceRoles.Designer, CredenceRoles.Reviewer))
            .AddPolicy(EditDesigns, policy => policy.RequireRole(CredenceRoles.Admin, CredenceRoles.Designer))
            .AddPolicy(ManageInstitutions, policy => policy.RequireRole(CredenceRoles.Admin))
            .AddPolicy(IssueCredentials, policy => policy.RequireRole(CredenceRoles.Admin, CredenceRoles.Issuer))
            .AddPolicy(HoldCredentials, policy => policy.RequireRole(CredenceRoles.Learner));
        return services;
    }

    private static Task ApiAwareRedirect(HttpContext context, string redirectUri, int apiStatus)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = apiStatus;
        }
        else
        {
            context.Response.Redirect(redirectUri);
        }

        return Task.CompletedTask;
    }
}
