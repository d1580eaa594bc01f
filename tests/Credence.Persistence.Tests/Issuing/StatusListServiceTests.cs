using Credence.Persistence.Entities;
using Credence.Persistence.Issuing;
using Credence.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Persistence.Tests.Issuing;

public sealed class StatusListServiceTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Concurrent_allocations_never_hand_out_an_index_twice(string provider)
    {
        await using var fixture = await IssuingFixture.CreateAsync(provider);
        long institutionId;
        await using (var scope = fixture.Database.Scope())
        {
            institutionId = (await scope.ServiceProvider.GetRequiredService<CredenceDbContext>().Institutions.SingleAsync(Token)).Id;
        }

        var blocks = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            await using var scope = fixture.Database.Scope();
            var lists = scope.ServiceProvider.GetRequiredService<StatusListService>();
            var slots = new List<StatusSlot>();
            for (var i = 0; i < 5; i++)
            {
                slots.AddRange(await lists.AllocateAsync(institutionId, StatusPurpose.Revocation, 50, Token));
            }

            return slots;
        }));

        var all = blocks.SelectMany(b => b).ToList();
        Assert.Equal(2000, all.Count);
        Assert.Equal(2000, all.Select(s => (s.StatusListId, s.Index)).Distinct().Count());
        await using var check = fixture.Database.Scope();
        Assert.Equal(2000, (await check.ServiceProvider.GetRequiredService<CredenceDbContext>().StatusLists.SingleAsync(Token)).Allocated);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_full_list_is_followed_by_a_new_one(string provider)
    {
        await using var fixture = await IssuingFixture.CreateAsync(provider);
        await using var scope = fixture.Database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CredenceDbContext>();
        var lists = scope.ServiceProvider.GetRequiredService<StatusListService>();
        var institutionId = (await db.Institutions.SingleAsync(Token)).Id;
        await lists.AllocateAsync(institutionId, StatusPurpose.Revocation, 1, Token);
        await db.StatusLists.ExecuteUpdateAsync(s => s.SetProperty(l => l.Allocated, l => l.Length - 2), Token);

        var slots = await lists.AllocateAsync(institutionId, StatusPurpose.Revocation, 5, Token);

        Assert.Equal([1, 1, 2, 2, 2], slots.Select(s => s.Number));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_published_list_is_signed_and_only_re_signed_after_a_change(string provider)
    {
        await using var fixture = await IssuingFixture.CreateAsync(provider);
        var credential = await fixture.IssueAsync();
        await using var scope = fixture.Database.Scope();
        var lists = scope.ServiceProvider.GetRequiredService<StatusListService>();

        var first = await lists.GetPublishedAsync("lakeshore", StatusPurpose.Revocation, 1, Token);
        var unchanged = await lists.GetPublishedAsync("lakeshore", StatusPurpose.Revocation, 1, Token);
        await scope.ServiceProvider.GetRequiredService<IssuanceService>().RevokeAsync("lakeshore", credential.CredentialId, "Error", Samples.Designer, Token);
        var changed = await lists.GetPublishedAsync("lakeshore", StatusPurpose.Revocation, 1, Token);

        Assert.Contains("\"proof\"", first!.Json, StringComparison.Ordinal);
        Assert.Equal(first.Version, unchanged!.Version);
        Assert.True(changed!.Version > first.Version);
        Assert.NotEqual(first.Json, changed.Json);
        Assert.Null(await lists.GetPublishedAsync("lakeshore", StatusPurpose.Suspension, 1, Token));
    }
}
