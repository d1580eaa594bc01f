using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Credence.Persistence.Identity;
using Credence.Persistence.Tests.Infrastructure;
using Credence.Web.Tests.Infrastructure;

namespace Credence.Web.Tests.Features;

public sealed partial class DesignFormTests(WebApps apps)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static IEnumerable<TheoryDataRow<string>> Providers() => TestProviders.All();

    /// <summary>A filled-in microcredential form; without <paramref name="validity"/> it has the gap mvf.clarity.expiry-stated.</summary>
    internal static List<KeyValuePair<string, string>> Microcredential(string id, bool validity, string command = "save", string title = "Drone Survey Mapping") =>
    [
        new("Form.Id", id),
        new("Form.Title", title),
        new("Form.Description", "Plan and fly survey missions and turn the images into maps."),
        new("Form.Keywords", "drones, photogrammetry"),
        new("Form.Competencies[0].Id", "map"),
        new("Form.Competencies[0].Statement", "Produce orthomosaic maps with photogrammetry software."),
        new("Form.Competencies[0].Kind", "technical"),
        new("Form.Competencies[0].Scale", "dreyfus"),
        new("Form.Competencies[0].ProficiencyLevel", "competent"),
        new("Form.Competencies[0].Alignments[0].Framework", "onet-element"),
        new("Form.Competencies[0].Alignments[0].Code", "2.A.2.a"),
        new("Form.Competencies[0].Alignments[0].Name", "Critical thinking"),
        new("Form.Assessments[0].Id", "field-survey"),
        new("Form.Assessments[0].Method", "practicum"),
        new("Form.Assessments[0].PerformanceBased", "true"),
        new("Form.Assessments[0].PerformanceBased", "false"),
        new("Form.Assessments[0].Assesses", "map"),
        new("Form.AwardMastery", "yes"),
        new("Form.DurationHours", "45"),
        new("Form.DurationWeeks", "6"),
        new("Form.DeliveryModes", "hybrid"),
        new("Form.CostCurrency", "USD"),
        new("Form.CostTuition", "650"),
        new("Form.CostOpenEducationalResources", "true"),
        new("Form.CostOpenEducationalResources", "false"),
        new("Form.EntryOpenAccess", "yes"),
        new("Form.EmployerPartners[0].Employer", "Buckeye Land Surveys"),
        new("Form.EmployerPartners[0].Activities", "co-designed"),
        new("Form.EmployerPartners[0].Activities", "validated"),
        new("Form.EmployerPartners[0].Date", "2026-01-15"),
        new("Form.ValidityMonths", validity ? "36" : string.Empty),
        new("Form.ValidityRenewal", validity ? "Renew with the current airspace rules module." : string.Empty),
        new("Form.LastUpdated", "2026-02-01"),
        new("command", command),
    ];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_designer_creates_a_microcredential_in_the_form_and_sees_its_draft_scorecard(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        var id = DesignBodies.NewId("form");

        using var saved = await FormPost.PostAsync(designer, "/design/lakeshore/microcredentials/edit", Microcredential(id, validity: true));
        var page = await designer.GetStringAsync(saved.Headers.Location, Token);
        using var draft = await designer.GetAsync($"/api/microcredentials/lakeshore/{id}/draft", Token);
        var design = (await DesignsApiTests.JsonBody(draft)).GetProperty("design");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/design/lakeshore/microcredentials/edit/{id}?saved=draft", saved.Headers.Location!.OriginalString);
        Assert.Contains("Draft version 1 saved and scored.", page, StringComparison.Ordinal);
        Assert.NotNull(MvfScore(page));
        Assert.Equal("Produce orthomosaic maps with photogrammetry software.", design.GetProperty("competencies")[0].GetProperty("statement").GetString());
        Assert.Equal("2.A.2.a", design.GetProperty("competencies")[0].GetProperty("alignments")[0].GetProperty("code").GetString());
        Assert.Equal(650m, design.GetProperty("cost").GetProperty("tuition").GetDecimal());
        Assert.Equal(36, design.GetProperty("validity").GetProperty("months").GetInt32());
        Assert.Equal(["co-designed", "validated"], design.GetProperty("employerPartners")[0].GetProperty("activities").EnumerateArray().Select(a => a.GetString()));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Fixing_a_gap_in_the_form_raises_the_draft_score_and_the_gap_leaves_the_list(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        var id = DesignBodies.NewId("gap");
        // With no pathway in the institution "pathway membership" is undecided, with one it is not met: make sure one exists
        // before both scorings, so a pathway another test adds in between cannot move the score.
        await DesignBodies.CreateAsync(app, "pathways", DesignBodies.NewId("gap-path"), publish: false);
        using var first = await FormPost.PostAsync(designer, "/design/lakeshore/microcredentials/edit", Microcredential(id, validity: false));
        var before = await designer.GetStringAsync(first.Headers.Location, Token);

        using var second = await FormPost.PostAsync(designer, $"/design/lakeshore/microcredentials/edit/{id}", Microcredential(id, validity: true));
        var after = await designer.GetStringAsync(second.Headers.Location, Token);

        Assert.Contains("data-criterion=\"mvf.clarity.expiry-stated\"", before, StringComparison.Ordinal);
        Assert.DoesNotContain("data-criterion=\"mvf.clarity.expiry-stated\"", after, StringComparison.Ordinal);
        Assert.True(MvfScore(after) > MvfScore(before), $"{MvfScore(before)} -> {MvfScore(after)}");
        Assert.Contains("Version 1", after, StringComparison.Ordinal);   // still the same draft, not a new version
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Invalid_form_input_shows_each_code_next_to_its_field_and_saves_nothing(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        var id = DesignBodies.NewId("invalid");
        var fields = Microcredential(id, validity: true);
        Replace(fields, "Form.Title", " ");
        Replace(fields, "Form.CostTuition", "six hundred");
        Replace(fields, "Form.Assessments[0].Assesses", "map, fly");
        Replace(fields, "Form.Competencies[0].Scale", "dreyfuss");
        Replace(fields, "Form.EmployerPartners[0].Date", "2026-02-30");

        using var response = await FormPost.PostAsync(designer, "/design/lakeshore/microcredentials/edit", fields);
        var html = await response.Content.ReadAsStringAsync(Token);
        using var draft = await designer.GetAsync($"/api/microcredentials/lakeshore/{id}/draft", Token);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(["api.required"], FormPost.CodesNextTo(html, "title"));
        Assert.Equal(["api.not-a-number"], FormPost.CodesNextTo(html, "cost.tuition"));
        Assert.Equal(["authoring.unknown-competency"], FormPost.CodesNextTo(html, "assessments[0].assesses"));
        Assert.Equal(["authoring.unknown-scale"], FormPost.CodesNextTo(html, "competencies[0].requiredProficiency.scale"));
        Assert.Equal(["api.invalid-date"], FormPost.CodesNextTo(html, "employerPartners[0].date"));
        Assert.Contains("aria-describedby=\"f-title-error\" required", html.Replace("aria-invalid=\"true\" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("value=\"six hundred\"", html, StringComparison.Ordinal);   // what was typed stays in the form
        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Add_and_remove_buttons_change_the_repeating_rows_without_saving(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        var id = DesignBodies.NewId("rows");
        var add = Microcredential(id, validity: true, command: "add:competencies");
        var addAlignment = Microcredential(id, validity: true, command: "add:competencies:0:alignments");
        var remove = Microcredential(id, validity: true, command: "remove:employerPartners:0");

        var added = await (await FormPost.PostAsync(designer, "/design/lakeshore/microcredentials/edit", add)).Content.ReadAsStringAsync(Token);
        var addedAlignment = await (await FormPost.PostAsync(designer, "/design/lakeshore/microcredentials/edit", addAlignment)).Content.ReadAsStringAsync(Token);
        var removed = await (await FormPost.PostAsync(designer, "/design/lakeshore/microcredentials/edit", remove)).Content.ReadAsStringAsync(Token);
        using var draft = await designer.GetAsync($"/api/microcredentials/lakeshore/{id}/draft", Token);

        Assert.Contains("name=\"Form.Competencies[1].Statement\"", added, StringComparison.Ordinal);
        Assert.Contains("Produce orthomosaic maps", added, StringComparison.Ordinal);   // the first row keeps its text
        Assert.Contains("name=\"Form.Competencies[0].Alignments[1].Code\"", addedAlignment, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Form.EmployerPartners[0].Employer\"", removed, StringComparison.Ordinal);
        Assert.DoesNotContain("data-code=", added, StringComparison.Ordinal);   // no validation on a row change
        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Editing_a_published_microcredential_in_the_form_starts_a_draft_and_publishing_it_makes_version_2_public(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        using var visitor = app.ClientFor(WebApp.Anonymous);
        var id = DesignBodies.NewId("edited");
        using var published = await FormPost.PostAsync(designer, "/design/lakeshore/microcredentials/edit", Microcredential(id, validity: true, command: "publish"));

        var form = await designer.GetStringAsync($"/design/lakeshore/microcredentials/edit/{id}", Token);
        using var drafted = await FormPost.PostAsync(designer, $"/design/lakeshore/microcredentials/edit/{id}", Microcredential(id, validity: true, title: "Drone Mapping II"));
        var publicBeforeSecondPublish = await visitor.GetStringAsync($"/catalog/lakeshore/microcredentials/{id}", Token);
        using var republished = await FormPost.PostAsync(designer, $"/design/lakeshore/microcredentials/edit/{id}", Microcredential(id, validity: true, command: "publish", title: "Drone Mapping II"));
        var publicAfter = await visitor.GetStringAsync($"/catalog/lakeshore/microcredentials/{id}", Token);

        Assert.Equal($"/design/lakeshore/microcredentials/edit/{id}?saved=published", published.Headers.Location!.OriginalString);
        Assert.Contains(">Produce orthomosaic maps with photogrammetry software.</textarea>", form, StringComparison.Ordinal);   // the form opens filled in
        Assert.Contains("saving starts a new draft", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        Assert.Contains("<h1>Drone Survey Mapping</h1>", publicBeforeSecondPublish, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, republished.StatusCode);
        Assert.Contains("<h1>Drone Mapping II</h1>", publicAfter, StringComparison.Ordinal);
        Assert.Contains("version 2", publicAfter, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_id_already_taken_is_reported_next_to_the_id_field_and_the_existing_design_is_untouched(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        var id = DesignBodies.NewId("taken");
        await DesignBodies.CreateAsync(app, "microcredentials", id, publish: false);

        using var response = await FormPost.PostAsync(designer, "/design/lakeshore/microcredentials/edit", Microcredential(id, validity: true));
        var html = await response.Content.ReadAsStringAsync(Token);
        var draft = await DesignsApiTests.JsonBody(await designer.GetAsync($"/api/microcredentials/lakeshore/{id}/draft", Token));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(["design.already-exists"], FormPost.CodesNextTo(html, "id"));
        Assert.Equal("Network Basics", draft.GetProperty("design").GetProperty("title").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_pathway_form_checks_stage_references_and_saves_stages_off_ramps_and_stack_targets(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        var microcredential = DesignBodies.NewId("stage-mc");
        await DesignBodies.CreateAsync(app, "microcredentials", microcredential, publish: true);
        var id = DesignBodies.NewId("path");
        List<KeyValuePair<string, string>> Fields(string stageMicrocredential) =>
        [
            new("Form.Id", id),
            new("Form.Title", "Drone Operations Pathway"),
            new("Form.Stages[0].Id", "one"),
            new("Form.Stages[0].Microcredentials", stageMicrocredential),
            new("Form.Stages[0].Rule", "all-of"),
            new("Form.Stages[1].Id", "two"),
            new("Form.Stages[1].Microcredentials", stageMicrocredential),
            new("Form.Stages[1].Rule", "all-of"),
            new("Form.Stages[1].After", "one"),
            new("Form.OffRamps[0].AfterStage", "one"),
            new("Form.OffRamps[0].Title", "Survey technician"),
            new("Form.OffRamps[0].Occupations", "17-3031.00"),
            new("Form.StacksInto[0].Credential", "AAS Geospatial Technology"),
            new("Form.StacksInto[0].Kind", "associate-degree"),
            new("Form.StacksInto[0].CreditHours", "12"),
            new("Form.StacksInto[0].Direction", "vertical"),
            new("Form.EmployerPartners[0].Employer", "Buckeye Land Surveys"),
            new("Form.EmployerPartners[0].Activities", "initiated"),
            new("command", "save"),
        ];

        using var refused = await FormPost.PostAsync(designer, "/design/lakeshore/pathways/edit", Fields("no-such-microcredential"));
        var refusedHtml = await refused.Content.ReadAsStringAsync(Token);
        using var saved = await FormPost.PostAsync(designer, "/design/lakeshore/pathways/edit", Fields(microcredential));
        var design = (await DesignsApiTests.JsonBody(await designer.GetAsync($"/api/pathways/lakeshore/{id}/draft", Token))).GetProperty("design");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(["authoring.unknown-microcredential"], FormPost.CodesNextTo(refusedHtml, "stages[0].microcredentials"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(["one"], design.GetProperty("stages")[1].GetProperty("after").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("17-3031.00", design.GetProperty("offRamps")[0].GetProperty("occupations")[0].GetString());
        Assert.Equal("associate-degree", design.GetProperty("stacksInto")[0].GetProperty("kind").GetString());
        Assert.Equal(12m, design.GetProperty("stacksInto")[0].GetProperty("creditHours").GetDecimal());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_design_list_shows_the_institutions_designs_with_links_to_their_forms(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        var id = DesignBodies.NewId("listed");
        await DesignBodies.CreateAsync(app, "microcredentials", id, publish: false);

        var html = await designer.GetStringAsync("/design", Token);

        Assert.Contains($"href=\"/design/lakeshore/microcredentials/edit/{id}\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/design/lakeshore/import\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/design\">Design</a>", html, StringComparison.Ordinal);   // the layout's nav link for designers
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_form_accepts_a_scale_the_institution_imported_and_reports_a_level_it_does_not_use(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        var id = DesignBodies.NewId("scaled");
        var scale = DesignBodies.NewId("house-scale");
        var zip = DesignTransferTests.Zip(
            ($"microcredentials/{id}.yaml", DesignTransferTests.MicrocredentialYaml(id, scale: scale)),
            ($"scales/{scale}.yaml", $"kind: proficiency-scale\nid: {scale}\nname: House scale\nlevels:\n  - id: competent\n    name: Competent\n"));
        using var imported = await DesignTransferTests.ImportAsync(designer, "lakeshore", zip, "scaled.zip");
        var fields = Microcredential(id, validity: true);
        Replace(fields, "Form.Competencies[0].Scale", scale);

        using var kept = await FormPost.PostAsync(designer, $"/design/lakeshore/microcredentials/edit/{id}", fields);
        Replace(fields, "Form.Competencies[0].ProficiencyLevel", "wizard");
        using var refused = await FormPost.PostAsync(designer, $"/design/lakeshore/microcredentials/edit/{id}", fields);
        var html = await refused.Content.ReadAsStringAsync(Token);

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(["authoring.unknown-level"], FormPost.CodesNextTo(html, "competencies[0].requiredProficiency.level"));
    }

    private static void Replace(List<KeyValuePair<string, string>> fields, string name, string value)
    {
        var index = fields.FindIndex(f => f.Key == name);
        fields[index] = new(name, value);
    }

    /// <summary>The Microcredential Value Framework's overall score shown on the page.</summary>
    internal static double? MvfScore(string html) =>
        MvfScoreElement().Match(html) is { Success: true } m ? double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    [GeneratedRegex("data-score=\"mvf\">([0-9.]+) / 100")]
    private static partial Regex MvfScoreElement();
}
