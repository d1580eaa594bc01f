using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Credence.Persistence.Identity;
using Credence.Persistence.Tests.Infrastructure;
using Credence.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Credence.Web.Tests.Features.DesignsApiTests;
using static Credence.Web.Tests.Infrastructure.ReviewHelpers;

namespace Credence.Web.Tests.Features;

public sealed class ReviewsApiTests(WebApps apps)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static IEnumerable<TheoryDataRow<string>> Providers() => TestProviders.All();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_confirmed_attestation_with_evidence_meets_the_criterion_and_raises_the_score(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var reviewer = app.ClientFor(CredenceRoles.Reviewer);
        var id = DesignBodies.NewId("attested");
        await DesignBodies.CreateAsync(app, "microcredentials", id, publish: true);
        var before = (await JsonBody(await reviewer.GetAsync($"/api/microcredentials/lakeshore/{id}/scorecard", Token))).GetProperty("scorecards");

        using var response = await reviewer.PostAsJsonAsync(
            $"/api/microcredentials/lakeshore/{id}/attestations",
            new { criterionId = AlignedToNeeds, confirmed = true, notes = "Checked against the advisory board minutes.", evidence = new[] { new { url = "https://lakeshore.example.edu/minutes/2026-02", title = "Advisory board minutes" } } },
            Token);
        var body = await JsonBody(response);
        var after = body.GetProperty("scorecards");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("not-enough-information", Status(before, AlignedToNeeds));
        Assert.Equal("met", Status(after, AlignedToNeeds));
        Assert.True(Score(after, "mvf") > Score(before, "mvf"), $"mvf {Score(before, "mvf")} -> {Score(after, "mvf")}");
        Assert.Equal(AlignedToNeeds, body.GetProperty("attestation").GetProperty("criterionId").GetString());
        Assert.Equal("https://lakeshore.example.edu/minutes/2026-02", body.GetProperty("attestation").GetProperty("evidence")[0].GetProperty("url").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_unconfirmed_attestation_makes_the_criterion_not_met(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var reviewer = app.ClientFor(CredenceRoles.Reviewer);
        var id = DesignBodies.NewId("unconfirmed");
        await DesignBodies.CreateAsync(app, "microcredentials", id, publish: true);

        using var response = await reviewer.PostAsJsonAsync($"/api/microcredentials/lakeshore/{id}/attestations", new { criterionId = AlignedToNeeds, confirmed = false }, Token);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("not-met", Status((await JsonBody(response)).GetProperty("scorecards"), AlignedToNeeds));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_attestation_on_the_published_version_counts_for_the_next_draft(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var reviewer = app.ClientFor(CredenceRoles.Reviewer);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        var id = DesignBodies.NewId("carried");
        await DesignBodies.CreateAsync(app, "microcredentials", id, publish: true);
        using var attested = await reviewer.PostAsJsonAsync(
            $"/api/microcredentials/lakeshore/{id}/attestations", new { criterionId = AlignedToNeeds, confirmed = true, evidence = new[] { new { url = "https://example.org/review" } } }, Token);

        using var edited = await designer.PutAsJsonAsync($"/api/microcredentials/lakeshore/{id}/draft", DesignBodies.For("microcredentials", id, "Network Basics, revised"), Token);
        var draft = await JsonBody(await designer.GetAsync($"/api/microcredentials/lakeshore/{id}/scorecard?version=draft", Token));

        Assert.Equal(HttpStatusCode.Created, attested.StatusCode);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(2, draft.GetProperty("version").GetInt32());
        Assert.Equal("met", Status(draft.GetProperty("scorecards"), AlignedToNeeds));
        Assert.Equal(1, Assert.Single(draft.GetProperty("attestations").EnumerateArray()).GetProperty("version").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_approving_subject_matter_expert_review_meets_the_review_criterion(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var reviewer = app.ClientFor(CredenceRoles.Reviewer);
        var id = DesignBodies.NewId("reviewed");
        await DesignBodies.CreateAsync(app, "microcredentials", id, publish: true);
        var before = (await JsonBody(await reviewer.GetAsync($"/api/microcredentials/lakeshore/{id}/scorecard", Token))).GetProperty("scorecards");

        using var response = await reviewer.PostAsJsonAsync(
            $"/api/microcredentials/lakeshore/{id}/reviews", new { outcome = "approved", reviewerKind = "subject-matter-expert", notes = "Competencies match the CompTIA objectives." }, Token);
        var body = await JsonBody(response);
        var list = await JsonBody(await reviewer.GetAsync($"/api/microcredentials/lakeshore/{id}/reviews", Token));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.NotEqual("met", Status(before, SmeReview));
        Assert.Equal("met", Status(body.GetProperty("scorecards"), SmeReview));
        Assert.Equal("approved", Assert.Single(list.EnumerateArray()).GetProperty("outcome").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Bad_attestations_are_refused_with_every_problem_by_field_and_nothing_is_recorded(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var reviewer = app.ClientFor(CredenceRoles.Reviewer);
        var id = DesignBodies.NewId("refused");
        await DesignBodies.CreateAsync(app, "microcredentials", id, publish: true);
        var url = $"/api/microcredentials/lakeshore/{id}/attestations";

        using var unknown = await reviewer.PostAsJsonAsync(url, new { criterionId = "mvf.quality.no-such-thing", evidence = new[] { new { url = "https://ok.example" }, new { url = "ftp://files.example/x" } }, notes = new string('n', 4001) }, Token);
        using var automatic = await reviewer.PostAsJsonAsync(url, new { criterionId = "mvf.access.open-entry", confirmed = true, evidence = new[] { new { url = "" } } }, Token);
        using var malformed = await reviewer.PostAsync(url, JsonContent.Create(new { criterionId = AlignedToNeeds, confirmed = "yes" }), Token);
        using var extra = await reviewer.PostAsJsonAsync(url, new { criterionId = AlignedToNeeds, confirmed = true, score = 100 }, Token);
        var list = await JsonBody(await reviewer.GetAsync(url, Token));

        var unknownCodes = Codes(await JsonBody(unknown));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(["review.unknown-criterion"], unknownCodes["criterionId"]);
        Assert.Equal(["api.required"], unknownCodes["confirmed"]);
        Assert.Equal(["review.invalid-url"], unknownCodes["evidence[1].url"]);
        Assert.Equal(["api.too-long"], unknownCodes["notes"]);
        Assert.DoesNotContain("evidence[0].url", unknownCodes.Keys);
        var automaticCodes = Codes(await JsonBody(automatic));
        Assert.Equal(["review.not-an-attestation"], automaticCodes["criterionId"]);
        Assert.Equal(["api.required"], automaticCodes["evidence[0].url"]);
        Assert.Equal(["api.malformed-body"], Codes(await JsonBody(malformed))["confirmed"]);
        Assert.Equal(["api.malformed-body"], Codes(await JsonBody(extra))["score"]);
        Assert.Empty(list.EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_pathway_has_no_criterion_to_attest(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var reviewer = app.ClientFor(CredenceRoles.Reviewer);
        var id = DesignBodies.NewId("no-attest");
        await DesignBodies.CreateAsync(app, "pathways", id, publish: true);

        using var response = await reviewer.PostAsJsonAsync($"/api/pathways/lakeshore/{id}/attestations", new { criterionId = AlignedToNeeds, confirmed = true }, Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["review.unknown-criterion"], Codes(await JsonBody(response))["criterionId"]);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Bad_reviews_are_refused_by_field(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var reviewer = app.ClientFor(CredenceRoles.Reviewer);
        var id = DesignBodies.NewId("bad-review");
        await DesignBodies.CreateAsync(app, "pathways", id, publish: true);
        var url = $"/api/pathways/lakeshore/{id}/reviews";

        using var missing = await reviewer.PostAsJsonAsync(url, new { notes = "No decision.", evidence = new[] { new { url = "not a link" } } }, Token);
        using var unknown = await reviewer.PostAsJsonAsync(url, new { outcome = "maybe" }, Token);

        var codes = Codes(await JsonBody(missing));
        Assert.Equal(["api.required"], codes["outcome"]);
        Assert.Equal(["review.invalid-url"], codes["evidence[0].url"]);
        Assert.Equal(["api.malformed-body"], Codes(await JsonBody(unknown))["outcome"]);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_published_scorecard_is_public_without_the_review_records_and_staff_also_get_them(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var anonymous = app.ClientFor(WebApp.Anonymous);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        var id = DesignBodies.NewId("public-card");
        await DesignBodies.CreateAsync(app, "microcredentials", id, publish: true);

        var open = await JsonBody(await anonymous.GetAsync($"/api/microcredentials/lakeshore/{id}/scorecard", Token));
        var staff = await JsonBody(await designer.GetAsync($"/api/microcredentials/lakeshore/{id}/scorecard", Token));

        Assert.Equal("published", open.GetProperty("status").GetString());
        Assert.False(open.TryGetProperty("attestations", out _));
        Assert.True(staff.TryGetProperty("attestations", out _));
        var mvf = open.GetProperty("scorecards").EnumerateArray().Single(s => s.GetProperty("frameworkId").GetString() == "mvf");
        Assert.False(string.IsNullOrEmpty(mvf.GetProperty("frameworkVersion").GetString()));
        Assert.Contains("O*NET", mvf.GetProperty("dataVintage").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_version_that_is_not_published_needs_staff_and_a_bad_version_is_a_field_problem(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var anonymous = app.ClientFor(WebApp.Anonymous);
        using var learner = app.ClientFor(CredenceRoles.Learner);
        using var other = app.ClientFor(WebApp.OtherDesigner);
        var id = DesignBodies.NewId("draft-card");
        await DesignBodies.CreateAsync(app, "microcredentials", id, publish: false);

        using var byNumber = await anonymous.GetAsync($"/api/microcredentials/lakeshore/{id}/scorecard?version=1", Token);
        using var byLearner = await learner.GetAsync($"/api/microcredentials/lakeshore/{id}/scorecard?version=draft", Token);
        using var byOther = await other.GetAsync($"/api/microcredentials/lakeshore/{id}/scorecard?version=newest", Token);
        using var bad = await anonymous.GetAsync($"/api/microcredentials/lakeshore/{id}/scorecard?version=first", Token);

        Assert.Equal(HttpStatusCode.Unauthorized, byNumber.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byLearner.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byOther.StatusCode);
        Assert.Equal("api.other-institution", (await JsonBody(byOther)).GetProperty("code").GetString());
        Assert.Equal(["api.invalid-query"], Codes(await JsonBody(bad))["version"]);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Recording_an_attestation_writes_the_audit_log(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var reviewer = app.ClientFor(CredenceRoles.Reviewer);
        var id = DesignBodies.NewId("audited");
        await DesignBodies.CreateAsync(app, "microcredentials", id, publish: true);

        using var response = await reviewer.PostAsJsonAsync($"/api/microcredentials/lakeshore/{id}/attestations", new { criterionId = AlignedToNeeds, confirmed = true }, Token);

        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Credence.Persistence.CredenceDbContext>();
        var entry = Assert.Single(db.AuditEntries.Where(e => e.EntityKey == $"lakeshore/{id}" && e.Action == "review.attestation-recorded").ToList());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("reviewer@lakeshore.test", entry.UserName);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_openapi_document_describes_the_review_endpoints(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var anonymous = app.ClientFor(WebApp.Anonymous);

        var paths = (await JsonBody(await anonymous.GetAsync("/openapi/v1.json", Token))).GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        foreach (var kind in new[] { "microcredentials", "pathways" })
        {
            Assert.Contains($"/api/{kind}/{{institution}}/{{id}}/scorecard", paths);
            Assert.Contains($"/api/{kind}/{{institution}}/{{id}}/attestations", paths);
            Assert.Contains($"/api/{kind}/{{institution}}/{{id}}/reviews", paths);
            Assert.Contains($"/api/{kind}/{{institution}}/{{id}}/engagements", paths);
        }

        Assert.Contains("/api/institutions/{institution}/dashboard", paths);
        Assert.Contains("/api/institutions/{institution}/employers", paths);
    }
}
