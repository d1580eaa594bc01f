using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Credence.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Persistence.Tests.Designs;

public sealed class DesignStoreTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Creating_a_microcredential_stores_draft_version_1_with_its_canonical_json_and_search_columns(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await Samples.AddInstitutionAsync(database);
        await using var scope = database.Scope();
        var store = scope.ServiceProvider.GetRequiredService<DesignStore>();

        var result = await store.CreateDraftAsync("lakeshore", Samples.Networking(), Samples.Designer, Token);

        Assert.True(result.Succeeded);
        var stored = await store.FindAsync("lakeshore", DesignKind.Microcredential, "network-basics", DesignVersionChoice.Draft, Token);
        Assert.NotNull(stored);
        Assert.Equal(1, stored.Number);
        Assert.Equal(DesignVersionStatus.Draft, stored.Status);
        Assert.Equal(DesignJson.Serialize(Samples.Networking()), stored.Content);
        Assert.Equal(1000d, stored.CostTotal);
        Assert.Equal("USD", stored.Currency);
        Assert.Equal(8d, stored.Weeks);
        Assert.Equal("|online|hybrid|", stored.DeliveryModes);
        Assert.Equal("|15-1231.00|", stored.Occupations);
        Assert.Equal("|2.B.3.e|", stored.Skills);
        Assert.True(stored.CreditBearing);
        Assert.Equal(TestDatabase.Start, stored.CreatedAt);
        Assert.Equal(Samples.Designer.UserId, stored.CreatedBy);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Stored_json_reads_back_to_an_equal_record(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await Samples.AddInstitutionAsync(database);
        await using var scope = database.Scope();
        var store = scope.ServiceProvider.GetRequiredService<DesignStore>();
        await store.CreateDraftAsync("lakeshore", Samples.Networking(), Samples.Designer, Token);

        var stored = await store.FindAsync("lakeshore", DesignKind.Microcredential, "network-basics", DesignVersionChoice.Newest, Token);
        var record = DesignJson.DeserializeMicrocredential(stored!.Content);

        Assert.Equal(DesignJson.Serialize(Samples.Networking()), DesignJson.Serialize(record));
        Assert.Equal(1000m, record.Cost!.Total!.Value.Amount);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Creating_a_design_whose_id_is_taken_is_refused_with_already_exists(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await Samples.AddInstitutionAsync(database);
        await using var scope = database.Scope();
        var store = scope.ServiceProvider.GetRequiredService<DesignStore>();
        await store.CreateDraftAsync("lakeshore", Samples.Networking(), Samples.Designer, Token);

        var again = await store.CreateDraftAsync("lakeshore", Samples.Networking(title: "Another"), Samples.Designer, Token);

        Assert.Equal(DesignCodes.AlreadyExists, again.Code);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_same_id_may_be_used_by_two_institutions_and_by_a_microcredential_and_a_pathway(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await Samples.AddInstitutionAsync(database);
        await Samples.AddInstitutionAsync(database, "ridgeview", "Ridgeview Technical Institute");
        await using var scope = database.Scope();
        var store = scope.ServiceProvider.GetRequiredService<DesignStore>();
        await store.CreateDraftAsync("lakeshore", Samples.Networking(), Samples.Designer, Token);

        var otherInstitution = await store.CreateDraftAsync("ridgeview", Samples.Networking(), Samples.Designer, Token);
        var pathway = await store.CreateDraftAsync("lakeshore", Samples.ItSupportPathway() with { Id = "network-basics" }, Samples.Designer, Token);

        Assert.True(otherInstitution.Succeeded);
        Assert.True(pathway.Succeeded);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Creating_a_design_in_an_unknown_institution_is_refused(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var scope = database.Scope();
        var store = scope.ServiceProvider.GetRequiredService<DesignStore>();

        var result = await store.CreateDraftAsync("nowhere", Samples.Networking(), Samples.Designer, Token);

        Assert.Equal(DesignCodes.InstitutionNotFound, result.Code);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Publishing_the_draft_makes_it_the_published_version(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await Samples.AddInstitutionAsync(database);
        await using var scope = database.Scope();
        var store = scope.ServiceProvider.GetRequiredService<DesignStore>();
        await store.CreateDraftAsync("lakeshore", Samples.Networking(), Samples.Designer, Token);
        database.Time.Advance(TimeSpan.FromHours(2));

        var result = await store.PublishAsync("lakeshore", DesignKind.Microcredential, "network-basics", Samples.Designer, Token);

        Assert.True(result.Succeeded);
        var published = await store.FindAsync("lakeshore", DesignKind.Microcredential, "network-basics", DesignVersionChoice.Published, Token);
        Assert.NotNull(published);
        Assert.Equal(1, published.Number);
        Assert.Equal(DesignVersionStatus.Published, published.Status);
        Assert.Equal(TestDatabase.Start.AddHours(2), published.PublishedAt);
        Assert.Null(await store.FindAsync("lakeshore", DesignKind.Microcredential, "network-basics", DesignVersionChoice.Draft, Token));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Publishing_without_a_draft_is_refused_with_no_draft(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await Samples.AddInstitutionAsync(database);
        await using var scope = database.Scope();
        var store = scope.ServiceProvider.GetRequiredService<DesignStore>();
        await store.CreateDraftAsync("lakeshore", Samples.Networking(), Samples.Designer, Token);
        await store.PublishAsync("lakeshore", DesignKind.Microcredential, "network-basics", Samples.Designer, Token);

        var again = await store.PublishAsync("lakeshore", DesignKind.Microcredential, "network-basics", Samples.Designer, Token);
        var missing = await store.PublishAsync("lakeshore", DesignKind.Microcredential, "no-such-design", Samples.Designer, Token);

        Assert.Equal(DesignCodes.NoDraft, again.Code);
        Assert.Equal(DesignCodes.NotFound, missing.Code);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Editing_a_published_design_makes_a_new_draft_and_leaves_the_published_version_as_it_was(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await Samples.AddInstitutionAsync(database);
        await using var scope = database.Scope();
        var store = scope.ServiceProvider.GetRequiredService<DesignStore>();
        await store.CreateDraftAsync("lakeshore", Samples.Networking(), Samples.Designer, Token);
        await store.PublishAsync("lakeshore", DesignKind.Microcredential, "network-basics", Samples.Designer, Token);

        var edit = await store.SaveDraftAsync("lakeshore", Samples.Networking(title: "Network Basics II"), Samples.Designer, Token);
        var secondEdit = await store.SaveDraftAsync("lakeshore", Samples.Networking(title: "Network Basics 2"), Samples.Designer, Token);

        Assert.Equal(2, edit.Version!.Number);
        Assert.Equal(2, secondEdit.Version!.Number);
        var published = await store.FindAsync("lakeshore", DesignKind.Microcredential, "network-basics", DesignVersionChoice.Published, Token);
        var draft = await store.FindAsync("lakeshore", DesignKind.Microcredential, "network-basics", DesignVersionChoice.Draft, Token);
        Assert.Equal("Network Basics", published!.Title);
        Assert.Equal("Network Basics 2", draft!.Title);
        Assert.Equal(2, (await store.ListVersionsAsync("lakeshore", DesignKind.Microcredential, "network-basics", Token)).Count);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Saving_a_draft_of_an_unknown_design_is_refused_with_not_found(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await Samples.AddInstitutionAsync(database);
        await using var scope = database.Scope();
        var store = scope.ServiceProvider.GetRequiredService<DesignStore>();

        var result = await store.SaveDraftAsync("lakeshore", Samples.Networking(), Samples.Designer, Token);

        Assert.Equal(DesignCodes.NotFound, result.Code);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_published_version_cannot_be_changed_or_deleted_through_the_context(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await Samples.AddInstitutionAsync(database);
        await using (var setup = database.Scope())
        {
            var store = setup.ServiceProvider.GetRequiredService<DesignStore>();
            await store.CreateDraftAsync("lakeshore", Samples.Networking(), Samples.Designer, Token);
            await store.PublishAsync("lakeshore", DesignKind.Microcredential, "network-basics", Samples.Designer, Token);
        }

        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CredenceDbContext>();
        var version = await db.DesignVersions.SingleAsync(Token);
        version.Title = "Changed after publication";

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Token));
        db.ChangeTracker.Clear();
        db.DesignVersions.Remove(await db.DesignVersions.SingleAsync(Token));
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Token));
        db.ChangeTracker.Clear();
        Assert.Equal("Network Basics", (await db.DesignVersions.SingleAsync(Token)).Title);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Every_change_is_in_the_audit_log_with_who_and_when(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await Samples.AddInstitutionAsync(database);
        await using var scope = database.Scope();
        var store = scope.ServiceProvider.GetRequiredService<DesignStore>();
        await store.CreateDraftAsync("lakeshore", Samples.Networking(), Samples.Designer, Token);
        database.Time.Advance(TimeSpan.FromMinutes(5));
        await store.SaveDraftAsync("lakeshore", Samples.Networking(title: "Network Basics II"), Samples.Designer, Token);
        database.Time.Advance(TimeSpan.FromMinutes(5));
        await store.PublishAsync("lakeshore", DesignKind.Microcredential, "network-basics", Samples.Designer, Token);

        var db = scope.ServiceProvider.GetRequiredService<CredenceDbContext>();
        var log = await db.AuditEntries.Where(a => a.EntityType == "microcredential").OrderBy(a => a.Id).ToListAsync(Token);

        Assert.Equal(["design.draft-created", "design.draft-updated", "design.published"], log.Select(a => a.Action));
        Assert.All(log, a => Assert.Equal("lakeshore/network-basics", a.EntityKey));
        Assert.All(log, a => Assert.Equal(Samples.Designer.UserId, a.UserId));
        Assert.Equal(TestDatabase.Start.AddMinutes(10), log[2].At);
    }
}
