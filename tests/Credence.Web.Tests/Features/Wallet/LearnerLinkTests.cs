using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Credence.Persistence;
using Credence.Persistence.Entities;
using Credence.Persistence.Identity;
using Credence.Persistence.Tests.Infrastructure;
using Credence.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Web.Tests.Features.Wallet;

/// <summary>Learner records follow the account they were linked to at sign-in (confirmed address only, once, audited), never the address.</summary>
public sealed class LearnerLinkTests(WebApps apps)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static IEnumerable<TheoryDataRow<string>> Providers() => TestProviders.All();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Signing_in_with_a_confirmed_address_links_the_records_once_with_an_audit_entry(string provider)
    {
        var app = await apps.GetAsync(provider);
        var email = $"{Guid.NewGuid():N}@learners.test";
        var (id, _) = await IssuingFlow.IssueAsync(app, email);
        var userId = await AddLearnerAsync(app, email, confirmed: true);

        using var learner = await SignedInAsync(app, email);
        var held = await WalletIdsAsync(learner);
        using var again = await SignedInAsync(app, email);
        var heldAgain = await WalletIdsAsync(again);

        Assert.Contains(id, held);
        Assert.Contains(id, heldAgain);
        Assert.Equal(userId, (await LearnerAsync(app, email)).UserId);
        Assert.Equal(1, await LinkAuditsAsync(app, userId));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_unconfirmed_address_links_nothing_and_shows_nothing(string provider)
    {
        var app = await apps.GetAsync(provider);
        var email = $"{Guid.NewGuid():N}@learners.test";
        var (id, _) = await IssuingFlow.IssueAsync(app, email);
        var userId = await AddLearnerAsync(app, email, confirmed: false);

        using var learner = await SignedInAsync(app, email);
        var held = await WalletIdsAsync(learner);

        Assert.DoesNotContain(id, held);
        Assert.Null((await LearnerAsync(app, email)).UserId);
        Assert.Equal(0, await LinkAuditsAsync(app, userId));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Once_linked_the_records_stay_with_their_account_when_another_learner_takes_over_the_address(string provider)
    {
        var app = await apps.GetAsync(provider);
        var email = $"{Guid.NewGuid():N}@learners.test";
        var (id, _) = await IssuingFlow.IssueAsync(app, email);
        await AddLearnerAsync(app, email, confirmed: true);
        using var owner = await SignedInAsync(app, email);
        Assert.Contains(id, await WalletIdsAsync(owner));
        var moved = $"{Guid.NewGuid():N}@learners.test";
        await ChangeEmailAsync(app, email, moved);
        var otherEmail = $"{Guid.NewGuid():N}@learners.test";
        await AddLearnerAsync(app, otherEmail, confirmed: true);
        await ChangeEmailAsync(app, otherEmail, email);

        using var other = await SignedInAsync(app, email);
        var othersWallet = await WalletIdsAsync(other);
        var ownersWallet = await WalletIdsAsync(owner);

        Assert.DoesNotContain(id, othersWallet);
        Assert.Contains(id, ownersWallet);
    }

    private static async Task<string> AddLearnerAsync(WebApp app, string email, bool confirmed)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CredenceUser>>();
        var user = new CredenceUser { UserName = email, Email = email, EmailConfirmed = confirmed, InstitutionId = app.Lakeshore.Id };
        Assert.True((await users.CreateAsync(user, CredenceWebFactory.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, CredenceRoles.Learner)).Succeeded);
        return user.Id;
    }

    /// <summary>Changes an account's address (the new one counts as confirmed, as after a confirmed change); the sign-in name follows it.</summary>
    private static async Task ChangeEmailAsync(WebApp app, string from, string to)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CredenceUser>>();
        var user = await users.FindByEmailAsync(from);
        Assert.NotNull(user);
        user.Email = to;
        user.UserName = to;
        user.EmailConfirmed = true;
        Assert.True((await users.UpdateAsync(user)).Succeeded);
    }

    private static async Task<HttpClient> SignedInAsync(WebApp app, string email)
    {
        var client = app.Factory.CreateClient(new() { AllowAutoRedirect = false });
        using var response = await client.PostAsJsonAsync("/api/account/token", new { email, password = CredenceWebFactory.Password }, Token);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    private static async Task<List<Guid>> WalletIdsAsync(HttpClient learner) =>
        (await learner.GetFromJsonAsync<JsonElement>("/api/wallet/credentials", Token)).EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ToList();

    private static async Task<Learner> LearnerAsync(WebApp app, string email)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CredenceDbContext>().Learners.AsNoTracking().SingleAsync(l => l.Email == email, Token);
    }

    private static async Task<int> LinkAuditsAsync(WebApp app, string userId)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CredenceDbContext>().AuditEntries.AsNoTracking()
            .CountAsync(a => a.Action == "link-account" && a.UserId == userId, Token);
    }
}
