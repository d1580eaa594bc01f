using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Credence.Persistence.Auditing;
using Credence.Persistence.Entities;
using Credence.Persistence.Identity;
using Credence.Persistence.Institutions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Web.Tests.Infrastructure;

/// <summary>A started web host with two institutions and one account per role (plus a designer of the second institution), signed in through the token endpoint.</summary>
public sealed class WebApp : IAsyncDisposable
{
    public const string Anonymous = "anonymous";
    public const string OtherDesigner = "other-designer";
    public const string OtherIssuer = "other-issuer";
    public const string OtherLearner = "other-learner";

    /// <summary>Every caller of the role matrix: the issuer of another institution, and a second learner of the same one.</summary>
    public static readonly string[] Callers = [Anonymous, .. CredenceRoles.All, OtherDesigner, OtherIssuer, OtherLearner];

    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);

    private WebApp(CredenceWebFactory factory) => Factory = factory;

    public CredenceWebFactory Factory { get; }

    public static async Task<WebApp> StartAsync(string provider)
    {
        var app = new WebApp(new CredenceWebFactory(provider));
        await app.SeedAsync();
        return app;
    }

    /// <summary>A client for a caller: anonymous, a role name, or <see cref="OtherDesigner"/>.</summary>
    public HttpClient ClientFor(string caller)
    {
        var client = Factory.CreateClient(new() { AllowAutoRedirect = false });
        if (caller != Anonymous)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _tokens[caller]);
        }

        return client;
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();

    private async Task SeedAsync()
    {
        Lakeshore = await AddInstitutionAsync("lakeshore", "Lakeshore Community College");
        var ridgeview = await AddInstitutionAsync("ridgeview", "Ridgeview Technical Institute");
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CredenceUser>>();
            foreach (var role in CredenceRoles.All.Where(r => r != CredenceRoles.Admin))
            {
                await AddUserAsync(users, $"{role}@lakeshore.test", role, Lakeshore.Id);
            }

            await AddUserAsync(users, "designer@ridgeview.test", CredenceRoles.Designer, ridgeview.Id);
            await AddUserAsync(users, "issuer@ridgeview.test", CredenceRoles.Issuer, ridgeview.Id);
            await AddUserAsync(users, "other-learner@lakeshore.test", CredenceRoles.Learner, Lakeshore.Id);
        }

        _tokens[CredenceRoles.Admin] = await TokenAsync(CredenceWebFactory.AdminEmail);
        foreach (var role in CredenceRoles.All.Where(r => r != CredenceRoles.Admin))
        {
            _tokens[role] = await TokenAsync($"{role}@lakeshore.test");
        }

        _tokens[OtherDesigner] = await TokenAsync("designer@ridgeview.test");
        _tokens[OtherIssuer] = await TokenAsync("issuer@ridgeview.test");
        _tokens[OtherLearner] = await TokenAsync("other-learner@lakeshore.test");
    }

    public Institution Lakeshore { get; private set; } = null!; // Set by SeedAsync before StartAsync returns.

    private async Task<Institution> AddInstitutionAsync(string slug, string name)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InstitutionStore>().AddAsync(new Institution { Slug = slug, Name = name }, Actor.System, CancellationToken.None);
    }

    private static async Task AddUserAsync(UserManager<CredenceUser> users, string email, string role, long institutionId)
    {
        var user = new CredenceUser { UserName = email, Email = email, EmailConfirmed = true, InstitutionId = institutionId };
        Assert.True((await users.CreateAsync(user, CredenceWebFactory.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }

    private async Task<string> TokenAsync(string email)
    {
        using var client = Factory.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/account/token", new { email, password = CredenceWebFactory.Password });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("accessToken").GetString()!;
    }
}
