using System.Net;
using System.Net.Http.Json;
using Credence.Persistence.Identity;
using Credence.Persistence.Tests.Infrastructure;
using Credence.Web.Tests.Infrastructure;
using static Credence.Web.Tests.Features.DesignsApiTests;
using static Credence.Web.Tests.Infrastructure.ReviewHelpers;

namespace Credence.Web.Tests.Features;

public sealed class EmployersTests(WebApps apps)
{
    private const string EmployerEmail = "employer@lakeshore.test";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static IEnumerable<TheoryDataRow<string>> Providers() => TestProviders.All();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_employer_account_endorses_a_published_microcredential_which_is_rescored_and_shows_the_backing(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        using var employer = app.ClientFor(CredenceRoles.Employer);
        using var visitor = app.ClientFor(WebApp.Anonymous);
        var name = "Northwind " + DesignBodies.NewId("co");
        using var added = await designer.PostAsJsonAsync("/api/institutions/lakeshore/employers", new { name, sector = "IT services", url = "https://northwind.example", accountEmail = EmployerEmail }, Token);
        var employerId = (await JsonBody(added)).GetProperty("id").GetInt64();
        var id = DesignBodies.NewId("endorsed");
        await DesignBodies.CreateAsync(app, "microcredentials", id, publish: true);
        var before = (await JsonBody(await visitor.GetAsync($"/api/microcredentials/lakeshore/{id}/scorecard", Token))).GetProperty("scorecards");

        using var response = await employer.PostAsJsonAsync(
            $"/api/microcredentials/lakeshore/{id}/engagements", new { activity = "endorsed", evidence = "https://northwind.example/letter.pdf", employerId }, Token);
        var body = await JsonBody(response);
        var listed = await JsonBody(await visitor.GetAsync($"/api/microcredentials/lakeshore/{id}/engagements", Token));
        var page = await visitor.GetStringAsync($"/catalog/lakeshore/microcredentials/{id}", Token);

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.NotEqual("met", Status(before, Endorsed));
        Assert.Equal("met", Status(body.GetProperty("scorecards"), Endorsed));
        Assert.Equal("endorsed", Assert.Single(listed.EnumerateArray()).GetProperty("activity").GetString());
        Assert.Contains($"<dt>Employer backing</dt><dd>{name}</dd>", page, StringComparison.Ordinal);
        Assert.Contains($"{name}: endorsed (2026-03-02)", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_employer_validates_from_the_catalog_page_form(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        using var employer = app.ClientFor(CredenceRoles.Employer);
        var name = "Contoso " + DesignBodies.NewId("co");
        using var added = await designer.PostAsJsonAsync("/api/institutions/lakeshore/employers", new { name, accountEmail = EmployerEmail }, Token);
        var employerId = (await JsonBody(added)).GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var id = DesignBodies.NewId("validated");
        await DesignBodies.CreateAsync(app, "microcredentials", id, publish: true);
        var page = $"/catalog/lakeshore/microcredentials/{id}";

        using var missing = await PostFormAsync(employer, page, "Engage", [new("Engage.EmployerId", employerId)]);
        var missingHtml = await missing.Content.ReadAsStringAsync(Token);
        using var posted = await PostFormAsync(employer, page, "Engage", [new("Engage.EmployerId", employerId), new("Engage.Activity", "Validated"), new("Engage.Evidence", "Hiring manager review, March 2026")]);
        var after = await employer.GetStringAsync(page, Token);

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(["api.required"], PageCodes(missingHtml));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains($"{name}: validated (2026-03-02)", after, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Employers_engage_only_as_partners_and_only_with_published_designs(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        using var employer = app.ClientFor(CredenceRoles.Employer);
        using var ridgeview = app.ClientFor(WebApp.OtherDesigner);
        using var linked = await designer.PostAsJsonAsync("/api/institutions/lakeshore/employers", new { name = "Fabrikam " + DesignBodies.NewId("co"), accountEmail = EmployerEmail }, Token);
        var draft = DesignBodies.NewId("unpublished");
        await DesignBodies.CreateAsync(app, "microcredentials", draft, publish: false);
        var elsewhere = DesignBodies.NewId("elsewhere");
        using var created = await ridgeview.PostAsJsonAsync("/api/microcredentials/ridgeview", DesignBodies.For("microcredentials", elsewhere), Token);
        using var published = await ridgeview.PostAsync($"/api/microcredentials/ridgeview/{elsewhere}/publish", null, Token);

        using var onDraft = await employer.PostAsJsonAsync($"/api/microcredentials/lakeshore/{draft}/engagements", new { activity = "validated" }, Token);
        using var notPartner = await employer.PostAsJsonAsync($"/api/microcredentials/ridgeview/{elsewhere}/engagements", new { activity = "validated" }, Token);

        Assert.Equal(HttpStatusCode.Created, linked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, onDraft.StatusCode);
        Assert.Equal("review.not-published", (await JsonBody(onDraft)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, notPartner.StatusCode);
        Assert.Equal("review.not-a-partner", (await JsonBody(notPartner)).GetProperty("code").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Bad_partners_and_engagements_are_refused_by_field_and_nothing_is_saved(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        var name = "Tailspin " + DesignBodies.NewId("co");
        using var first = await designer.PostAsJsonAsync("/api/institutions/lakeshore/employers", new { name }, Token);
        var id = DesignBodies.NewId("engaged");
        await DesignBodies.CreateAsync(app, "pathways", id, publish: true);

        using var invalid = await designer.PostAsJsonAsync("/api/institutions/lakeshore/employers", new { name = " ", url = "northwind.example", accountEmail = "learner@lakeshore.test" }, Token);
        using var notEmployer = await designer.PostAsJsonAsync("/api/institutions/lakeshore/employers", new { name = name + " 2", accountEmail = "learner@lakeshore.test" }, Token);
        using var duplicate = await designer.PostAsJsonAsync("/api/institutions/lakeshore/employers", new { name = name.ToUpperInvariant() }, Token);
        using var noEmployer = await designer.PostAsJsonAsync($"/api/pathways/lakeshore/{id}/engagements", new { activity = "co-designed" }, Token);
        using var unknownEmployer = await designer.PostAsJsonAsync($"/api/pathways/lakeshore/{id}/engagements", new { employerId = 987654321, evidence = new string('e', 2001) }, Token);
        var partners = await JsonBody(await designer.GetAsync("/api/institutions/lakeshore/employers", Token));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var invalidCodes = Codes(await JsonBody(invalid));
        Assert.Equal(["api.required"], invalidCodes["name"]);
        Assert.Equal(["review.invalid-url"], invalidCodes["url"]);
        Assert.Equal(["review.not-an-employer-account"], Codes(await JsonBody(notEmployer))["accountEmail"]);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal("review.employer-exists", (await JsonBody(duplicate)).GetProperty("code").GetString());
        Assert.Equal(["api.required"], Codes(await JsonBody(noEmployer))["employerId"]);
        var unknownCodes = Codes(await JsonBody(unknownEmployer));
        Assert.Equal(["review.employer-not-found"], unknownCodes["employerId"]);
        Assert.Equal(["api.required"], unknownCodes["activity"]);
        Assert.Equal(["api.too-long"], unknownCodes["evidence"]);
        Assert.DoesNotContain(partners.EnumerateArray(), p => p.GetProperty("name").GetString()!.StartsWith(name + " 2", StringComparison.Ordinal));
        Assert.Empty(partners.EnumerateArray().Single(p => p.GetProperty("name").GetString() == name).GetProperty("engagements").EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Staff_record_engagements_on_the_partners_page(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        using var reviewer = app.ClientFor(CredenceRoles.Reviewer);
        var name = "Wingtip " + DesignBodies.NewId("co");
        var id = DesignBodies.NewId("partnered");
        await DesignBodies.CreateAsync(app, "microcredentials", id, publish: false);

        using var added = await PostFormAsync(designer, "/institutions/lakeshore/employers", "Partner", [new("Partner.Name", name), new("Partner.Sector", "Aviation")]);
        var employerId = (await JsonBody(await designer.GetAsync("/api/institutions/lakeshore/employers", Token))).EnumerateArray()
            .Single(e => e.GetProperty("name").GetString() == name).GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var recorded = await PostFormAsync(designer, "/institutions/lakeshore/employers", "Engagement",
            [new("Engagement.EmployerId", employerId), new("Engagement.Design", $"microcredentials/{id}"), new("Engagement.Activity", "CoDesigned"), new("Engagement.Date", "2026-02-10")]);
        var html = await reviewer.GetStringAsync("/institutions/lakeshore/employers", Token);
        using var reviewerPost = await PostFormAsync(reviewer, "/institutions/lakeshore/employers", "Partner", [new("Partner.Name", "Not allowed")]);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Contains("recorded=engagement", recorded.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Contains($"co designed <strong>{id}</strong> on 2026-02-10", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Add a partner", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, reviewerPost.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_employer_page_lists_the_partnerships_of_the_account(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        using var employer = app.ClientFor(CredenceRoles.Employer);
        using var learner = app.ClientFor(CredenceRoles.Learner);
        var name = "Litware " + DesignBodies.NewId("co");
        using var added = await designer.PostAsJsonAsync("/api/institutions/lakeshore/employers", new { name, accountEmail = EmployerEmail }, Token);

        var html = await employer.GetStringAsync("/employer", Token);
        using var refused = await learner.GetAsync("/employer", Token);

        Assert.Contains($"{name} at Lakeshore Community College", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_pathway_page_shows_the_employers_recorded_for_it(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        using var visitor = app.ClientFor(WebApp.Anonymous);
        var name = "Adventure Works " + DesignBodies.NewId("co");
        using var added = await designer.PostAsJsonAsync("/api/institutions/lakeshore/employers", new { name }, Token);
        var employerId = (await JsonBody(added)).GetProperty("id").GetInt64();
        var id = DesignBodies.NewId("backed-path");
        await DesignBodies.CreateAsync(app, "pathways", id, publish: true);

        using var recorded = await designer.PostAsJsonAsync($"/api/pathways/lakeshore/{id}/engagements", new { activity = "initiated", employerId, date = "2026-01-20" }, Token);
        var page = await visitor.GetStringAsync($"/catalog/lakeshore/pathways/{id}", Token);

        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        Assert.Contains($"{name}: initiated (2026-01-20)", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_employer_account_linked_after_the_partner_was_added_may_then_engage(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        using var employer = app.ClientFor(CredenceRoles.Employer);
        var name = "Proseware " + DesignBodies.NewId("co");
        using var added = await designer.PostAsJsonAsync("/api/institutions/lakeshore/employers", new { name }, Token);
        var employerId = (await JsonBody(added)).GetProperty("id").GetInt64();
        var id = DesignBodies.NewId("linked-later");
        await DesignBodies.CreateAsync(app, "microcredentials", id, publish: true);

        using var before = await employer.PostAsJsonAsync($"/api/microcredentials/lakeshore/{id}/engagements", new { activity = "validated", employerId }, Token);
        using var wrongAccount = await designer.PostAsJsonAsync($"/api/institutions/lakeshore/employers/{employerId}/accounts", new { email = "learner@lakeshore.test" }, Token);
        using var missing = await designer.PostAsJsonAsync("/api/institutions/lakeshore/employers/987654321/accounts", new { email = EmployerEmail }, Token);
        using var linked = await PostFormAsync(designer, "/institutions/lakeshore/employers", "Link",
            [new("LinkEmployerId", employerId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("LinkEmail", EmployerEmail)]);
        using var after = await employer.PostAsJsonAsync($"/api/microcredentials/lakeshore/{id}/engagements", new { activity = "validated", employerId }, Token);

        Assert.Equal(HttpStatusCode.BadRequest, before.StatusCode);                       // linked to other partners, not this one
        Assert.Equal(["review.employer-not-found"], Codes(await JsonBody(before))["employerId"]);
        Assert.Equal(["review.not-an-employer-account"], Codes(await JsonBody(wrongAccount))["email"]);
        Assert.Equal("review.employer-not-found", (await JsonBody(missing)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        Assert.Equal(HttpStatusCode.Created, after.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Linking_one_account_to_several_partners_at_once_links_it_to_every_one(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        using var employer = app.ClientFor(CredenceRoles.Employer);
        var ids = new List<long>();
        for (var i = 0; i < 4; i++)
        {
            using var added = await designer.PostAsJsonAsync("/api/institutions/lakeshore/employers", new { name = "Parallel " + DesignBodies.NewId("co") }, Token);
            ids.Add((await JsonBody(added)).GetProperty("id").GetInt64());
        }

        var links = await Task.WhenAll(ids.Select(async id =>
        {
            using var client = app.ClientFor(CredenceRoles.Designer);
            using var response = await client.PostAsJsonAsync($"/api/institutions/lakeshore/employers/{id}/accounts", new { email = EmployerEmail }, Token);
            return response.StatusCode;
        }));
        var page = await employer.GetStringAsync("/employer", Token);

        Assert.All(links, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.All(ids, id => Assert.Contains($"id=\"partner-{id}\"", page, StringComparison.Ordinal));
    }
}
