using System.Net;
using Credence.Persistence.Identity;
using Credence.Persistence.Tests.Infrastructure;
using Credence.Web.Tests.Infrastructure;
using static Credence.Web.Tests.Infrastructure.ReviewHelpers;

namespace Credence.Web.Tests.Features;

public sealed class ReviewPageTests(WebApps apps)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static IEnumerable<TheoryDataRow<string>> Providers() => TestProviders.All();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_published_scorecard_page_shows_scores_radar_chart_criteria_and_what_it_was_made_with(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var visitor = app.ClientFor(WebApp.Anonymous);
        var id = DesignBodies.NewId("card-page");
        await DesignBodies.CreateAsync(app, "microcredentials", id, publish: true);

        using var response = await visitor.GetAsync($"/review/lakeshore/microcredentials/{id}", Token);
        var html = await response.Content.ReadAsStringAsync(Token);
        var catalog = await visitor.GetStringAsync($"/catalog/lakeshore/microcredentials/{id}", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<svg class=\"radar\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-labelledby=\"radar-mvf-title radar-mvf-desc\"", html, StringComparison.Ordinal);
        Assert.Contains("Score out of 100 per principle:", html, StringComparison.Ordinal);
        Assert.Contains($"data-criterion=\"{AlignedToNeeds}\" data-status=\"not-enough-information\"", html, StringComparison.Ordinal);
        Assert.Contains("Recommendation:", html, StringComparison.Ordinal);
        Assert.Contains("Framework version", html, StringComparison.Ordinal);
        Assert.Contains("data vintage: Credence embedded dataset", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Record an attestation", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/review/lakeshore/microcredentials/{id}\"", catalog, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_draft_scorecard_page_sends_visitors_to_sign_in_and_refuses_other_roles(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var visitor = app.ClientFor(WebApp.Anonymous);
        using var learner = app.ClientFor(CredenceRoles.Learner);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        var id = DesignBodies.NewId("draft-page");
        await DesignBodies.CreateAsync(app, "microcredentials", id, publish: false);
        var path = $"/review/lakeshore/microcredentials/{id}?version=draft";

        using var anonymous = await visitor.GetAsync(path, Token);
        using var refused = await learner.GetAsync(path, Token);
        using var staff = await designer.GetAsync(path, Token);
        var html = await staff.Content.ReadAsStringAsync(Token);

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/login", anonymous.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
        Assert.Contains("Attestations on record", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Record an attestation", html, StringComparison.Ordinal);   // designers see, reviewers attest
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_reviewer_records_an_attestation_in_the_form_and_the_page_shows_the_criterion_met(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var reviewer = app.ClientFor(CredenceRoles.Reviewer);
        var id = DesignBodies.NewId("form-attest");
        await DesignBodies.CreateAsync(app, "microcredentials", id, publish: true);
        var page = $"/review/lakeshore/microcredentials/{id}";

        using var posted = await PostFormAsync(reviewer, page, "Attest",
        [
            new("AttestInput.CriterionId", AlignedToNeeds),
            new("AttestInput.Confirmed", "yes"),
            new("AttestInput.Evidence", "https://lakeshore.example.edu/review\nhttps://lakeshore.example.edu/minutes"),
            new("AttestInput.Notes", "Faculty and industry panel agreed."),
        ]);
        var after = await reviewer.GetStringAsync(posted.Headers.Location!.OriginalString, Token);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("recorded=attestation", posted.Headers.Location.OriginalString, StringComparison.Ordinal);
        Assert.Contains($"data-criterion=\"{AlignedToNeeds}\" data-status=\"met\"", after, StringComparison.Ordinal);
        Assert.Contains("Faculty and industry panel agreed.", after, StringComparison.Ordinal);
        Assert.Contains("https://lakeshore.example.edu/minutes", after, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_attestation_and_review_forms_show_field_codes_next_to_the_fields(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var reviewer = app.ClientFor(CredenceRoles.Reviewer);
        var id = DesignBodies.NewId("form-bad");
        await DesignBodies.CreateAsync(app, "microcredentials", id, publish: true);
        var page = $"/review/lakeshore/microcredentials/{id}";

        using var attest = await PostFormAsync(reviewer, page, "Attest",
            [new("AttestInput.CriterionId", AlignedToNeeds), new("AttestInput.Evidence", "https://ok.example\njavascript:alert(1)")]);
        var attestHtml = await attest.Content.ReadAsStringAsync(Token);
        using var review = await PostFormAsync(reviewer, page, "Review", [new("ReviewInput.Notes", "No decision yet.")]);
        var reviewHtml = await review.Content.ReadAsStringAsync(Token);
        var records = await reviewer.GetStringAsync(page, Token);

        Assert.Equal(HttpStatusCode.BadRequest, attest.StatusCode);
        Assert.Equal(["api.required", "review.invalid-url"], PageCodes(attestHtml));
        Assert.Contains("data-field=\"evidence[1].url\"", attestHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, review.StatusCode);
        Assert.Equal(["api.required"], PageCodes(reviewHtml));
        Assert.Contains("No decision yet.", reviewHtml, StringComparison.Ordinal);   // what was typed stays in the form
        Assert.Equal(2, records.Split("None yet.").Length - 1);                      // neither form saved anything
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Only_reviewers_of_the_institution_may_post_the_forms(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var designer = app.ClientFor(CredenceRoles.Designer);
        var id = DesignBodies.NewId("form-refused");
        await DesignBodies.CreateAsync(app, "microcredentials", id, publish: true);

        using var posted = await PostFormAsync(designer, $"/review/lakeshore/microcredentials/{id}", "Review", [new("ReviewInput.Outcome", "Approved")]);

        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
    }
}
