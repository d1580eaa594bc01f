using System.Net;
using System.Text.RegularExpressions;
using Credence.Persistence.Tests.Infrastructure;
using Credence.Web.Tests.Infrastructure;

namespace Credence.Web.Tests.Features;

public sealed partial class CatalogPageTests(WebApps apps)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static IEnumerable<TheoryDataRow<string>> Providers() => TestProviders.All();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_visitor_finds_a_published_microcredential_by_a_competency_word_and_opens_its_page(string provider)
    {
        var app = await apps.GetAsync(provider);
        var word = "gneiss" + Guid.NewGuid().ToString("N")[..6];
        var id = DesignBodies.NewId("visible");
        await DesignBodies.CreateAsync(app, "microcredentials", id, publish: true, word: word);
        using var visitor = app.ClientFor(WebApp.Anonymous);

        var results = await visitor.GetStringAsync($"/?q={word}", Token);
        using var detail = await visitor.GetAsync($"/catalog/lakeshore/microcredentials/{id}", Token);
        var page = await detail.Content.ReadAsStringAsync(Token);

        Assert.Contains($"href=\"/catalog/lakeshore/microcredentials/{id}\"", results, StringComparison.Ordinal);
        Assert.Contains("1 result", results, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        Assert.Contains($"Configure {word} and switches.", page, StringComparison.Ordinal);
        Assert.Contains("1,000 USD", page, StringComparison.Ordinal);       // value label: tuition 900 + fees 100
        Assert.Contains("8 weeks", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_about_page_credits_the_data_sources_the_licences_require(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var visitor = app.ClientFor(WebApp.Anonymous);

        var catalog = await visitor.GetStringAsync("/", Token);
        var about = await visitor.GetStringAsync("/about", Token);

        Assert.Contains("href=\"/about\"", catalog, StringComparison.Ordinal);
        Assert.Contains("Used under the CC BY 4.0 license", about, StringComparison.Ordinal);
        Assert.Contains("ESCO classification of the European Commission", about, StringComparison.Ordinal);
        Assert.Contains("O*NET 29.2 Database (February 2025)", about, StringComparison.Ordinal);   // the dataset's own vintage
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Catalog_filters_narrow_the_results_on_the_page(string provider)
    {
        var app = await apps.GetAsync(provider);
        var word = "basalt" + Guid.NewGuid().ToString("N")[..6];
        await DesignBodies.CreateAsync(app, "microcredentials", DesignBodies.NewId("filtered"), publish: true, word: word);
        using var visitor = app.ClientFor(WebApp.Anonymous);

        var inPerson = await visitor.GetStringAsync($"/?q={word}&delivery=in-person&maxWeeks=8", Token);
        var hybrid = await visitor.GetStringAsync($"/?q={word}&delivery=hybrid", Token);
        var tooCheap = await visitor.GetStringAsync($"/?q={word}&maxCost=999", Token);

        Assert.Contains("1 result", inPerson, StringComparison.Ordinal);
        Assert.Contains("0 results", hybrid, StringComparison.Ordinal);
        Assert.Contains("0 results", tooCheap, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Drafts_have_no_public_page_and_are_not_listed(string provider)
    {
        var app = await apps.GetAsync(provider);
        var word = "schist" + Guid.NewGuid().ToString("N")[..6];
        var id = DesignBodies.NewId("hidden");
        await DesignBodies.CreateAsync(app, "microcredentials", id, publish: false, word: word);
        using var visitor = app.ClientFor(WebApp.Anonymous);

        var results = await visitor.GetStringAsync($"/?q={word}", Token);
        using var detail = await visitor.GetAsync($"/catalog/lakeshore/microcredentials/{id}", Token);

        Assert.Contains("0 results", results, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_published_pathway_has_a_page_listing_its_stages(string provider)
    {
        var app = await apps.GetAsync(provider);
        var id = DesignBodies.NewId("pathway");
        await DesignBodies.CreateAsync(app, "pathways", id, publish: true);
        using var visitor = app.ClientFor(WebApp.Anonymous);

        var page = await visitor.GetStringAsync($"/catalog/lakeshore/pathways/{id}", Token);

        Assert.Contains("href=\"/catalog/lakeshore/microcredentials/network-basics\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Pages_load_only_local_assets_and_are_labelled_for_assistive_technology(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var visitor = app.ClientFor(WebApp.Anonymous);

        var page = await visitor.GetStringAsync("/", Token);
        var css = await visitor.GetAsync("/css/site.css", Token);

        Assert.Empty(ExternalAssets().Matches(page));
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains("<html lang=\"en\">", page, StringComparison.Ordinal);
        Assert.Contains("<label for=\"q\">", page, StringComparison.Ordinal);
        Assert.Contains("href=\"#main\"", page, StringComparison.Ordinal);
    }

    // A src or a stylesheet/script href that leaves the site.
    [GeneratedRegex("""(src=|<link[^>]*href=)"(https?:)?//""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalAssets();
}
