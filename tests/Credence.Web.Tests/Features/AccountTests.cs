using System.Net;
using System.Net.Http.Json;
using Credence.Persistence.Entities;
using Credence.Persistence.Identity;
using Credence.Persistence.Tests.Infrastructure;
using Credence.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Web.Tests.Features;

public sealed class AccountTests(WebApps apps)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static IEnumerable<TheoryDataRow<string>> Providers() => TestProviders.All();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_first_admin_is_created_from_the_environment_with_the_admin_role(string provider)
    {
        var app = await apps.GetAsync(provider);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CredenceUser>>();

        var admin = await users.FindByEmailAsync(CredenceWebFactory.AdminEmail);

        Assert.NotNull(admin);
        Assert.True(await users.IsInRoleAsync(admin, CredenceRoles.Admin));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_role_exists_after_start_up(string provider)
    {
        var app = await apps.GetAsync(provider);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();

        foreach (var role in CredenceRoles.All)
        {
            Assert.True(await roles.RoleExistsAsync(role), role);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_wrong_password_gets_no_token_and_invalid_credentials(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var client = app.ClientFor(WebApp.Anonymous);

        using var response = await client.PostAsJsonAsync("/api/account/token", new { email = "designer@lakeshore.test", password = "not the password at all" }, Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("api.invalid-credentials", (await DesignsApiTests.JsonBody(response)).GetProperty("code").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_first_run_page_is_gone_once_an_admin_exists(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var client = app.ClientFor(WebApp.Anonymous);

        using var response = await client.GetAsync("/setup", Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Without_an_admin_the_first_run_page_creates_one(string provider)
    {
        await using var factory = new CredenceWebFactory(provider, bootstrapAdmin: false);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var form = await client.GetStringAsync("/setup", Token);
        var antiforgery = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

        using var response = await client.PostAsync(
            "/setup",
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = "first@credence.test",
                ["Input.Password"] = "a first admin passphrase",
                ["Input.ConfirmPassword"] = "a first admin passphrase",
                ["__RequestVerificationToken"] = antiforgery,
            }),
            Token);
        using var again = await client.GetAsync("/setup", Token);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CredenceUser>>();
        Assert.True(await users.IsInRoleAsync((await users.FindByEmailAsync("first@credence.test"))!, CredenceRoles.Admin));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Adding_an_institution_validates_its_fields_and_refuses_a_taken_slug(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var admin = app.ClientFor(CredenceRoles.Admin);

        using var invalid = await admin.PostAsJsonAsync("/api/institutions", new { slug = "Bad Slug", name = "", country = "usa" }, Token);
        using var taken = await admin.PostAsJsonAsync("/api/institutions", new { slug = "lakeshore", name = "Lakeshore again" }, Token);

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var codes = DesignsApiTests.Codes(await DesignsApiTests.JsonBody(invalid));
        Assert.Equal("api.invalid-id", Assert.Single(codes["slug"]));
        Assert.Equal("api.required", Assert.Single(codes["name"]));
        Assert.Equal("api.out-of-range", Assert.Single(codes["country"]));
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal("api.institution-exists", (await DesignsApiTests.JsonBody(taken)).GetProperty("code").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_cookie_signed_write_needs_the_antiforgery_token_of_a_page(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var client = app.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        await SignInAsync(client, "designer@lakeshore.test");
        var page = await client.GetStringAsync("/", Token);
        var token = AntiforgeryToken(page);

        using var without = await client.PostAsJsonAsync("/api/microcredentials/lakeshore", DesignBodies.For("microcredentials", DesignBodies.NewId("csrf")), Token);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/microcredentials/lakeshore") { Content = JsonContent.Create(DesignBodies.For("microcredentials", DesignBodies.NewId("csrf"))) };
        request.Headers.Add("RequestVerificationToken", token);
        using var with = await client.SendAsync(request, Token);

        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
        Assert.Equal("api.antiforgery-token", (await DesignsApiTests.JsonBody(without)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Created, with.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Signing_out_from_the_page_header_ends_the_session(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var client = app.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        await SignInAsync(client, "reviewer@lakeshore.test");
        var token = AntiforgeryToken(await client.GetStringAsync("/", Token));

        using var logout = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Token);
        using var drafts = await client.GetAsync("/api/microcredentials?drafts=true", Token);

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, drafts.StatusCode);
    }

    private static async Task SignInAsync(HttpClient client, string email)
    {
        var form = await client.GetStringAsync("/account/login", Token);
        using var login = await client.PostAsync(
            "/account/login",
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = email,
                ["Input.Password"] = CredenceWebFactory.Password,
                ["__RequestVerificationToken"] = AntiforgeryToken(form),
            }),
            Token);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }

    private static string AntiforgeryToken(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Signing_in_on_the_login_page_sets_a_cookie_that_the_api_accepts(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var client = app.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync("/account/login", Token);
        var antiforgery = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

        using var login = await client.PostAsync(
            "/account/login",
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = "reviewer@lakeshore.test",
                ["Input.Password"] = CredenceWebFactory.Password,
                ["__RequestVerificationToken"] = antiforgery,
            }),
            Token);
        using var drafts = await client.GetAsync("/api/microcredentials?drafts=true", Token);
        using var create = await client.PostAsJsonAsync("/api/microcredentials/lakeshore", DesignBodies.For("microcredentials", DesignBodies.NewId("cookie")), Token);

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, drafts.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
    }
}
