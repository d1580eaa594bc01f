using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Credence.Persistence.Identity;
using Credence.Persistence.Tests.Infrastructure;
using Credence.Web.Tests.Infrastructure;

namespace Credence.Web.Tests.Features;

public sealed class DesignsApiTests(WebApps apps)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static IEnumerable<TheoryDataRow<string>> Providers() => TestProviders.All();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Publishing_makes_a_version_immutable_and_editing_it_starts_version_2(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        var id = DesignBodies.NewId("immutable");
        await DesignBodies.CreateAsync(app, "microcredentials", id, publish: true);

        using var edit = await designer.PutAsJsonAsync($"/api/microcredentials/lakeshore/{id}/draft", DesignBodies.For("microcredentials", id, "Renamed"), Token);
        using var published = await designer.GetAsync($"/api/microcredentials/lakeshore/{id}", Token);
        using var draft = await designer.GetAsync($"/api/microcredentials/lakeshore/{id}/draft", Token);

        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        var publishedBody = await JsonBody(published);
        var draftBody = await JsonBody(draft);
        Assert.Equal(1, publishedBody.GetProperty("version").GetInt32());
        Assert.Equal("published", publishedBody.GetProperty("status").GetString());
        Assert.Equal("Network Basics", publishedBody.GetProperty("design").GetProperty("title").GetString());
        Assert.Equal(2, draftBody.GetProperty("version").GetInt32());
        Assert.Equal("draft", draftBody.GetProperty("status").GetString());
        Assert.Equal("Renamed", draftBody.GetProperty("design").GetProperty("title").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Saving_a_draft_rescores_it_and_filling_gaps_raises_the_score(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        var id = DesignBodies.NewId("scored");
        using var created = await designer.PostAsJsonAsync("/api/microcredentials/lakeshore", new { id, title = "Bare" }, Token);
        var before = MvfScore(await JsonBody(await designer.GetAsync($"/api/microcredentials/lakeshore/{id}/draft/scorecards", Token)));
        var better = new
        {
            id,
            title = "Filled in",
            description = "Configure and secure a small office network.",
            competencies = new[] { new { id = "configure", statement = "Configure routers and switches.", requiredProficiency = new { scale = "dreyfus", level = "competent" } } },
            assessments = new[] { new { id = "lab", method = "practicum", performanceBased = true, assesses = new[] { "configure" } } },
            awardRule = new { masteryOfAllCompetencies = true },
            duration = new { hours = 60, weeks = 8 },
            deliveryModes = new[] { "online", "hybrid" },
            cost = new { tuition = 300, currency = "USD", openEducationalResources = true },
            entry = new { openAccess = true },
            employerPartners = new[] { new { employer = "Northwind", activities = new[] { "co-designed", "validated" }, date = "2026-01-15" } },
            qualityReviews = new[] { new { reviewerKind = "subject-matter-expert", reviewer = "Network faculty panel", date = "2026-02-01", outcome = "approved" } },
            lastUpdated = "2026-02-01",
        };

        using var saved = await designer.PutAsJsonAsync($"/api/microcredentials/lakeshore/{id}/draft", better, Token);
        var after = MvfScore(await JsonBody(await designer.GetAsync($"/api/microcredentials/lakeshore/{id}/draft/scorecards", Token)));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.True(after > before, $"mvf score {before} -> {after}");
    }

    private static double MvfScore(JsonElement scorecards) =>
        scorecards.EnumerateArray().Single(s => s.GetProperty("frameworkId").GetString() == "mvf").GetProperty("overallScore").GetDouble();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_published_design_exports_as_authoring_yaml_that_loads_back_to_the_same_record(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var anonymous = app.ClientFor(WebApp.Anonymous);
        var id = DesignBodies.NewId("exported");
        await DesignBodies.CreateAsync(app, "microcredentials", id, publish: true);

        using var response = await anonymous.GetAsync($"/api/microcredentials/lakeshore/{id}/yaml", Token);
        var yaml = await response.Content.ReadAsStringAsync(Token);
        var stored = await JsonBody(await anonymous.GetAsync($"/api/microcredentials/lakeshore/{id}", Token));
        var reloaded = Credence.Domain.Authoring.AuthoringLoader.Load([new("exported.yaml", yaml)]);

        Assert.Equal("application/yaml", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(reloaded.Errors);
        Assert.Equal(
            stored.GetProperty("design").GetRawText(),
            Credence.Persistence.Designs.DesignJson.Serialize(Assert.Single(reloaded.Microcredentials)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Publishing_twice_is_refused_with_no_draft(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        var id = DesignBodies.NewId("twice");
        await DesignBodies.CreateAsync(app, "pathways", id, publish: true);

        using var again = await designer.PostAsync($"/api/pathways/lakeshore/{id}/publish", null, Token);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("design.no-draft", (await JsonBody(again)).GetProperty("code").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Bad_input_is_rejected_with_every_problem_by_field_and_code_and_nothing_is_saved(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        var body = new
        {
            id = "Not A Valid Id",
            title = " ",
            eqfLevel = 9,
            cost = new { tuition = -5, currency = "usd" },
            duration = new { weeks = -1 },
            competencies = new[] { new { id = "same", statement = "" }, new { id = "same", statement = "Weld a joint." } },
        };

        using var response = await designer.PostAsJsonAsync("/api/microcredentials/lakeshore", body, Token);
        using var list = await designer.GetAsync("/api/microcredentials?drafts=true&q=weld", Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var codes = Codes(await JsonBody(response));
        Assert.Equal("api.invalid-id", Assert.Single(codes["id"]));
        Assert.Equal("api.required", Assert.Single(codes["title"]));
        Assert.Equal("api.out-of-range", Assert.Single(codes["eqfLevel"]));
        Assert.Equal("api.negative-number", Assert.Single(codes["cost.tuition"]));
        Assert.Equal("api.invalid-currency", Assert.Single(codes["cost.currency"]));
        Assert.Equal("api.negative-number", Assert.Single(codes["duration.weeks"]));
        Assert.Equal("api.required", Assert.Single(codes["competencies[0].statement"]));
        Assert.Equal("api.duplicate-id", Assert.Single(codes["competencies[1].id"]));
        Assert.Equal(0, (await JsonBody(list)).GetProperty("total").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_pathway_stage_without_microcredentials_is_reported_by_field(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        var body = new { id = DesignBodies.NewId("stages"), title = "Pathway", stages = new[] { new { id = "one", microcredentials = Array.Empty<string>() } } };

        using var response = await designer.PostAsJsonAsync("/api/pathways/lakeshore", body, Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("api.required", Assert.Single(Codes(await JsonBody(response))["stages[0].microcredentials"]));
    }

    public static IEnumerable<TheoryDataRow<string, string, string>> MalformedBodies() =>
        from provider in TestProviders.All()
        from row in new[]
        {
            ("""{"id":"x","title":"t","colour":"red"}""", "colour"),                 // unknown field
            ("""{"id":"x","title":"t","duration":{"weeks":"eight"}}""", "duration.weeks"), // wrong type
            ("""{"id":"x","title":"t","deliveryModes":["by-pigeon"]}""", "deliveryModes[0]"), // unknown enum value
            ("""{"title":"t"}""", "body"),                                             // missing required id
            ("""{"id":"x","title":""", "title"),                                      // cut-off JSON: where reading stopped
        }
        select new TheoryDataRow<string, string, string>(provider.Data, row.Item1, row.Item2) { Skip = provider.Skip };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task Malformed_bodies_are_reported_as_malformed_body_at_the_field(string provider, string json, string field)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");

        using var response = await designer.PostAsync("/api/microcredentials/lakeshore", content, Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var codes = Codes(await JsonBody(response));
        Assert.Equal("api.malformed-body", Assert.Single(Assert.Contains(field, codes)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Saving_a_draft_whose_body_names_another_id_is_refused_with_id_mismatch(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        var id = DesignBodies.NewId("mismatch");
        await DesignBodies.CreateAsync(app, "microcredentials", id, publish: false);

        using var response = await designer.PutAsJsonAsync($"/api/microcredentials/lakeshore/{id}/draft", DesignBodies.For("microcredentials", "some-other-id"), Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("api.id-mismatch", Assert.Single(Codes(await JsonBody(response))["id"]));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Creating_a_design_twice_is_a_conflict_with_already_exists(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        var id = DesignBodies.NewId("twin");
        await DesignBodies.CreateAsync(app, "microcredentials", id, publish: false);

        using var response = await designer.PostAsJsonAsync("/api/microcredentials/lakeshore", DesignBodies.For("microcredentials", id), Token);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("design.already-exists", (await JsonBody(response)).GetProperty("code").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Unknown_institutions_and_designs_are_404_with_their_codes(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var admin = app.ClientFor(CredenceRoles.Admin);

        using var institution = await admin.PostAsJsonAsync("/api/microcredentials/nowhere", DesignBodies.For("microcredentials", "x"), Token);
        using var design = await admin.GetAsync("/api/microcredentials/lakeshore/no-such-design", Token);
        using var draft = await admin.PutAsJsonAsync("/api/microcredentials/lakeshore/no-such-design/draft", DesignBodies.For("microcredentials", "no-such-design"), Token);

        Assert.Equal("design.institution-not-found", (await JsonBody(institution)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, design.StatusCode);
        Assert.Equal("design.not-found", (await JsonBody(design)).GetProperty("code").GetString());
        Assert.Equal("design.not-found", (await JsonBody(draft)).GetProperty("code").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_designer_of_another_institution_is_refused_with_other_institution(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var outsider = app.ClientFor(WebApp.OtherDesigner);

        using var response = await outsider.PostAsJsonAsync("/api/microcredentials/lakeshore", DesignBodies.For("microcredentials", DesignBodies.NewId("outsider")), Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("api.other-institution", (await JsonBody(response)).GetProperty("code").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Search_finds_published_designs_by_a_competency_word_and_filters_them(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var anonymous = app.ClientFor(WebApp.Anonymous);
        var word = "zircon" + Guid.NewGuid().ToString("N")[..6];
        var published = DesignBodies.NewId("searchable");
        var draftOnly = DesignBodies.NewId("unpublished");
        await DesignBodies.CreateAsync(app, "microcredentials", published, publish: true, word: word);
        await DesignBodies.CreateAsync(app, "microcredentials", draftOnly, publish: false, word: word);

        var found = await JsonBody(await anonymous.GetAsync($"/api/microcredentials?q={word}", Token));
        var inPerson = await JsonBody(await anonymous.GetAsync($"/api/microcredentials?q={word}&delivery=in-person&maxCost=1000", Token));
        var hybrid = await JsonBody(await anonymous.GetAsync($"/api/microcredentials?q={word}&delivery=hybrid", Token));
        var pathways = await JsonBody(await anonymous.GetAsync($"/api/pathways?q={word}", Token));

        var item = Assert.Single(found.GetProperty("items").EnumerateArray());
        Assert.Equal(published, item.GetProperty("id").GetString());
        Assert.Equal(1, inPerson.GetProperty("total").GetInt32());
        Assert.Equal(0, hybrid.GetProperty("total").GetInt32());
        Assert.Equal(0, pathways.GetProperty("total").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Designers_see_their_drafts_in_search_and_outsiders_do_not(string provider)
    {
        var app = await apps.GetAsync(provider);
        var word = "quartz" + Guid.NewGuid().ToString("N")[..6];
        await DesignBodies.CreateAsync(app, "microcredentials", DesignBodies.NewId("drafted"), publish: false, word: word);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        using var outsider = app.ClientFor(WebApp.OtherDesigner);

        var own = await JsonBody(await designer.GetAsync($"/api/microcredentials?drafts=true&q={word}", Token));
        var other = await JsonBody(await outsider.GetAsync($"/api/microcredentials?drafts=true&q={word}", Token));
        using var otherAsked = await outsider.GetAsync($"/api/microcredentials?drafts=true&institution=lakeshore&q={word}", Token);

        Assert.Equal("draft", Assert.Single(own.GetProperty("items").EnumerateArray()).GetProperty("status").GetString());
        Assert.Equal(0, other.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, otherAsked.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Bad_search_parameters_are_reported_with_invalid_query(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var anonymous = app.ClientFor(WebApp.Anonymous);

        using var response = await anonymous.GetAsync("/api/microcredentials?delivery=teleport&page=0&pageSize=1000", Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var codes = Codes(await JsonBody(response));
        Assert.Equal("api.invalid-query", Assert.Single(codes["delivery"]));
        Assert.Equal("api.invalid-query", Assert.Single(codes["page"]));
        Assert.Equal("api.invalid-query", Assert.Single(codes["pageSize"]));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_openapi_document_describes_every_designs_endpoint(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var anonymous = app.ClientFor(WebApp.Anonymous);

        var document = await JsonBody(await anonymous.GetAsync("/openapi/v1.json", Token));

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var kind in new[] { "microcredentials", "pathways" })
        {
            Assert.Contains($"/api/{kind}", paths);
            Assert.Contains($"/api/{kind}/{{institution}}", paths);
            Assert.Contains($"/api/{kind}/{{institution}}/{{id}}", paths);
            Assert.Contains($"/api/{kind}/{{institution}}/{{id}}/draft", paths);
            Assert.Contains($"/api/{kind}/{{institution}}/{{id}}/publish", paths);
            Assert.Contains($"/api/{kind}/{{institution}}/{{id}}/yaml", paths);
            Assert.Contains($"/api/{kind}/{{institution}}/{{id}}/scorecards", paths);
            Assert.Contains($"/api/{kind}/{{institution}}/{{id}}/draft/scorecards", paths);
        }

        Assert.Contains("/api/institutions", paths);
        Assert.Contains("/api/account/token", paths);
    }

    internal static async Task<JsonElement> JsonBody(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    internal static Dictionary<string, string[]> Codes(JsonElement problem) =>
        problem.GetProperty("codes").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetString()!).ToArray());
}
