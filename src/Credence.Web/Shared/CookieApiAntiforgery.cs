using Microsoft.AspNetCore.Antiforgery;

namespace Credence.Web.Shared;

/// <summary>Requires an antiforgery token on API writes that ride on the sign-in cookie, so another site cannot make a signed-in browser change anything; bearer-token calls need none.</summary>
/// <remarks>Pages put the token in their forms; a script sends it in the <c>RequestVerificationToken</c> header.</remarks>
internal static class CookieApiAntiforgery
{
    public static IApplicationBuilder UseCookieApiAntiforgery(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (NeedsToken(context) && !await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
            {
                await Problems.Coded(StatusCodes.Status400BadRequest, ApiCodes.AntiforgeryToken, "A change made with the sign-in cookie needs the page's antiforgery token.").ExecuteAsync(context);
                return;
            }

            await next(context);
        });

    private static bool NeedsToken(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) &&
        !context.Request.Path.StartsWithSegments("/api/account/token", StringComparison.OrdinalIgnoreCase) &&
        !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && !HttpMethods.IsOptions(context.Request.Method) &&
        context.User.Identity?.IsAuthenticated == true &&
        !context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}
