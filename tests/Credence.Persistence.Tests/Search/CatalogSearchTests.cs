using Credence.Domain.Microcredentials;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Credence.Persistence.Search;
using Credence.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Persistence.Tests.Search;

public sealed class CatalogSearchTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Search_finds_published_designs_by_a_word_of_a_competency_with_english_stemming(string provider)
    {
        await using var database = await SeededAsync(provider);
        var search = Search(database, out var scope);
        await using var _ = scope;

        var page = await search.SearchAsync(new CatalogQuery { Text = "router" }, Token);

        var item = Assert.Single(page.Items);
        Assert.Equal("network-basics", item.Id);
        Assert.Equal("lakeshore", item.Institution);
        Assert.Equal(["online", "hybrid"], item.DeliveryModes);
        Assert.Equal(1, page.Total);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Search_matches_skill_names_keywords_and_provider_names(string provider)
    {
        await using var database = await SeededAsync(provider);
        var search = Search(database, out var scope);
        await using var _ = scope;

        var bySkill = await search.SearchAsync(new CatalogQuery { Text = "troubleshooting" }, Token);
        var byKeyword = await search.SearchAsync(new CatalogQuery { Text = "Cisco" }, Token);
        var byProvider = await search.SearchAsync(new CatalogQuery { Text = "ridgeview technical" }, Token);

        Assert.Equal("network-basics", Assert.Single(bySkill.Items).Id);
        Assert.Equal("network-basics", Assert.Single(byKeyword.Items).Id);
        Assert.Equal("welding-safety", Assert.Single(byProvider.Items).Id);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Every_word_must_match(string provider)
    {
        await using var database = await SeededAsync(provider);
        var search = Search(database, out var scope);
        await using var _ = scope;

        var page = await search.SearchAsync(new CatalogQuery { Text = "network welding" }, Token);

        Assert.Empty(page.Items);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Drafts_are_not_in_the_public_catalog_but_are_found_when_drafts_are_included(string provider)
    {
        await using var database = await SeededAsync(provider);
        var search = Search(database, out var scope);
        await using var _ = scope;

        var publicPage = await search.SearchAsync(new CatalogQuery { Text = "drafting" }, Token);
        var withDrafts = await search.SearchAsync(new CatalogQuery { Text = "drafting", IncludeDrafts = true, Institution = "lakeshore" }, Token);

        Assert.Empty(publicPage.Items);
        var draft = Assert.Single(withDrafts.Items);
        Assert.Equal(DesignVersionStatus.Draft, draft.Status);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_catalog_shows_the_published_version_while_a_newer_draft_is_being_edited(string provider)
    {
        await using var database = await SeededAsync(provider);
        await using (var edit = database.Scope())
        {
            await edit.ServiceProvider.GetRequiredService<DesignStore>()
                .SaveDraftAsync("lakeshore", Samples.Networking(title: "Wireless Networking"), Samples.Designer, Token);
        }

        var search = Search(database, out var scope);
        await using var _ = scope;

        var published = await search.SearchAsync(new CatalogQuery { Text = "network", Kind = DesignKind.Microcredential }, Token);
        var withDrafts = await search.SearchAsync(new CatalogQuery { Text = "wireless", IncludeDrafts = true }, Token);

        Assert.Equal("Network Basics", Assert.Single(published.Items).Title);
        Assert.Equal(2, Assert.Single(withDrafts.Items).Version);
    }

    private static TheoryData<string, string[]> Filters() => new()
    {
        { "max-cost", ["network-basics"] },
        { "max-weeks", ["network-basics"] },
        { "delivery", ["welding-safety"] },
        { "credit", ["network-basics"] },
        { "non-credit", ["welding-safety"] },
        { "occupation-soc", ["network-basics"] },
        { "skill", ["network-basics"] },
        { "provider", ["welding-safety"] },
        { "pathways", ["it-support"] },
        { "institution", ["welding-safety"] },
    };

    [Theory]
    [MemberData(nameof(FilterRows))]
    public async Task Filters_narrow_the_catalog(string provider, string filter, string[] expected)
    {
        await using var database = await SeededAsync(provider);
        var search = Search(database, out var scope);
        await using var _ = scope;
        var query = filter switch
        {
            "max-cost" => new CatalogQuery { MaxCost = 1500 },                            // 1,000 vs 2,500
            "max-weeks" => new CatalogQuery { MaxWeeks = 12 },                            // 8 vs 20 weeks
            "delivery" => new CatalogQuery { DeliveryMode = DeliveryMode.InPerson },
            "credit" => new CatalogQuery { CreditBearing = true },
            "non-credit" => new CatalogQuery { CreditBearing = false },
            "occupation-soc" => new CatalogQuery { Occupation = "15-1231" },              // a SOC code matches its O*NET-SOC detail code
            "skill" => new CatalogQuery { Skill = "2.B.3.e" },
            "provider" => new CatalogQuery { Provider = "Ridgeview Technical Institute" },
            "pathways" => new CatalogQuery { Kind = DesignKind.Pathway },
            "institution" => new CatalogQuery { Institution = "ridgeview" },
            _ => throw new ArgumentOutOfRangeException(nameof(filter)),
        };

        var page = await search.SearchAsync(query, Token);

        Assert.Equal(expected, page.Items.Select(i => i.Id));
    }

    public static IEnumerable<TheoryDataRow<string, string, string[]>> FilterRows() =>
        from provider in TestProviders.All()
        from row in Filters()
        select new TheoryDataRow<string, string, string[]>(provider.Data, row.Data.Item1, row.Data.Item2) { Skip = provider.Skip };

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Query_syntax_in_the_search_text_is_treated_as_plain_words(string provider)
    {
        await using var database = await SeededAsync(provider);
        var search = Search(database, out var scope);
        await using var _ = scope;

        var page = await search.SearchAsync(new CatalogQuery { Text = "\"network\" OR (weld* AND !: NEAR'" }, Token);

        Assert.Empty(page.Items);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Results_are_ordered_by_title_and_paged(string provider)
    {
        await using var database = await SeededAsync(provider);
        var search = Search(database, out var scope);
        await using var _ = scope;

        var first = await search.SearchAsync(new CatalogQuery { PageSize = 2 }, Token);
        var second = await search.SearchAsync(new CatalogQuery { PageSize = 2, Page = 2 }, Token);

        Assert.Equal(3, first.Total);
        Assert.Equal(["IT Support Pathway", "Network Basics"], first.Items.Select(i => i.Title));
        Assert.Equal(["Welding Safety"], second.Items.Select(i => i.Title));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_match_count_follows_a_publication_at_once(string provider)
    {
        await using var database = await SeededAsync(provider);
        var before = await SearchOnceAsync(database, new CatalogQuery { Text = "basics" });
        await using (var edit = database.Scope())
        {
            await edit.ServiceProvider.GetRequiredService<DesignStore>()
                .PublishAsync("lakeshore", DesignKind.Microcredential, "drafting-basics", Samples.Designer, Token);
        }

        var after = await SearchOnceAsync(database, new CatalogQuery { Text = "basics" });

        Assert.Equal(1, before.Total);
        Assert.Equal(2, after.Total);
        Assert.Equal(2, after.Items.Count);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_count_kept_from_before_a_change_made_elsewhere_lasts_at_most_the_cache_lifetime(string provider)
    {
        await using var database = await SeededAsync(provider);
        var query = new CatalogQuery { Text = "basics" };
        var before = await SearchOnceAsync(database, query);
        await using (var elsewhere = database.Scope())
        {
            // Another web instance publishing: a statement this process's contexts do not see being saved.
            var db = elsewhere.ServiceProvider.GetRequiredService<CredenceDbContext>();
            await db.Designs.Where(d => d.Slug == "drafting-basics").ExecuteUpdateAsync(d => d.SetProperty(x => x.PublishedVersionNumber, 1), Token);
        }

        var soon = await SearchOnceAsync(database, query);
        database.Time.Advance(CatalogCountCache.Lifetime);
        var later = await SearchOnceAsync(database, query);

        Assert.Equal(1, before.Total);
        Assert.Equal(1, soon.Total);
        Assert.Equal(2, soon.Items.Count);
        Assert.Equal(2, later.Total);
    }

    private static async Task<CatalogPage> SearchOnceAsync(TestDatabase database, CatalogQuery query)
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<ICatalogSearch>().SearchAsync(query, Token);
    }

    private static ICatalogSearch Search(TestDatabase database, out AsyncServiceScope scope)
    {
        scope = database.Scope();
        return scope.ServiceProvider.GetRequiredService<ICatalogSearch>();
    }

    /// <summary>Published: network-basics and it-support (lakeshore), welding-safety (ridgeview). Draft only: drafting-basics (lakeshore).</summary>
    private static async Task<TestDatabase> SeededAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await Samples.AddInstitutionAsync(database);
        await Samples.AddInstitutionAsync(database, "ridgeview", "Ridgeview Technical Institute");
        await using var scope = database.Scope();
        var store = scope.ServiceProvider.GetRequiredService<DesignStore>();
        await store.CreateDraftAsync("lakeshore", Samples.Networking(), Samples.Designer, Token);
        await store.PublishAsync("lakeshore", DesignKind.Microcredential, "network-basics", Samples.Designer, Token);
        await store.CreateDraftAsync("lakeshore", Samples.ItSupportPathway(), Samples.Designer, Token);
        await store.PublishAsync("lakeshore", DesignKind.Pathway, "it-support", Samples.Designer, Token);
        await store.CreateDraftAsync("ridgeview", Samples.Welding(), Samples.Designer, Token);
        await store.PublishAsync("ridgeview", DesignKind.Microcredential, "welding-safety", Samples.Designer, Token);
        await store.CreateDraftAsync("lakeshore", Samples.Networking("drafting-basics", "Drafting Basics"), Samples.Designer, Token);
        return database;
    }
}
