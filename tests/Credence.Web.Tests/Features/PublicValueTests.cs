using System.Net;
using System.Text.RegularExpressions;
using Credence.Persistence.Tests.Infrastructure;
using Credence.Web.Tests.Infrastructure;
using static Credence.Web.Tests.Infrastructure.ReviewHelpers;

namespace Credence.Web.Tests.Features;

public sealed partial class PublicValueTests(WebApps apps)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static IEnumerable<TheoryDataRow<string>> Providers() => TestProviders.All();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_value_label_gives_the_wages_the_microcredential_leads_to_against_the_labelled_benchmark(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var visitor = app.ClientFor(WebApp.Anonymous);
        var id = DesignBodies.NewId("wages");
        await CreateAsync(app, "lakeshore", "microcredentials", id, HelpDesk(id), publish: true);

        var html = await visitor.GetStringAsync($"/catalog/lakeshore/microcredentials/{id}", Token);
        var label = ValueLabel().Match(html).Value;

        Assert.Contains("Computer User Support Specialists", label, StringComparison.Ordinal);
        Assert.Matches(@"median pay \$\d{2},\d{3} a year in Ohio", label);
        Assert.Matches(@"(at or above|below) the regional median wage \(default benchmark\) of \$\d{2},\d{3}", label);
        Assert.DoesNotContain("livable wage", label, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("BLS OEWS", label, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_pathway_page_draws_its_stages_and_exits_and_charts_each_exits_wages_with_a_text_alternative(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var visitor = app.ClientFor(WebApp.Anonymous);
        var first = DesignBodies.NewId("step-one");
        var second = DesignBodies.NewId("step-two");
        var path = DesignBodies.NewId("ladder");
        await CreateAsync(app, "lakeshore", "microcredentials", first, HelpDesk(first, "Help Desk Basics"), publish: true);
        await CreateAsync(app, "lakeshore", "microcredentials", second, HelpDesk(second, "Network Support"), publish: true);
        await CreateAsync(app, "lakeshore", "pathways", path, new
        {
            id = path,
            title = "IT Ladder",
            stages = new object[]
            {
                new { id = "start", title = "Start", microcredentials = new[] { first } },
                new { id = "next", title = "Next", microcredentials = new[] { second }, after = new[] { "start" } },
            },
            offRamps = new[] { new { afterStage = "start", title = "Help desk job", occupations = new[] { "15-1232" } } },
            targetOccupations = new[] { "15-1231" },
            region = new { country = "US", state = "OH" },
        }, publish: true);

        using var response = await visitor.GetAsync($"/catalog/lakeshore/pathways/{path}", Token);
        var html = await response.Content.ReadAsStringAsync(Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<svg class=\"diagram\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-labelledby=\"pathway-diagram-title pathway-diagram-desc\"", html, StringComparison.Ordinal);
        Assert.Contains("2 stages: Start (an entry stage, 1 microcredentials), exits: Help desk job; Next (after start, 1 microcredentials); then completion.", html, StringComparison.Ordinal);
        Assert.Contains(">Exit: Help desk job</tspan>", html, StringComparison.Ordinal);
        Assert.Contains("• Help Desk Basics", html, StringComparison.Ordinal);
        Assert.Equal(3, WageSvg().Count(html));                                   // after each stage and on completion
        Assert.Contains("The line is the regional median wage (default benchmark)", html, StringComparison.Ordinal);
        Assert.Contains("<strong class=\"threshold-label\">regional median wage (default benchmark)</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<tr data-occupation=\"15-1231\">", html, StringComparison.Ordinal);   // the table is the chart's text alternative
        Assert.Contains("On completing the pathway", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_catalog_shows_scores_out_of_100(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var visitor = app.ClientFor(WebApp.Anonymous);
        var id = DesignBodies.NewId("scored");
        await DesignBodies.CreateAsync(app, "microcredentials", id, publish: true);

        var html = await visitor.GetStringAsync($"/catalog/lakeshore/microcredentials/{id}", Token);
        var scores = Score().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.NotEmpty(scores);
        Assert.All(scores, s => Assert.InRange(s, 0, 100));
    }

    [GeneratedRegex("<section aria-labelledby=\"value-label\".*?</section>", RegexOptions.Singleline)]
    private static partial Regex ValueLabel();

    [GeneratedRegex("<svg class=\"wages\"")]
    private static partial Regex WageSvg();

    [GeneratedRegex(@"<strong>(\d+) / 100</strong>")]
    private static partial Regex Score();
}
