using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Credence.Persistence;
using Credence.Persistence.Identity;
using Credence.Persistence.Issuing;
using Credence.Persistence.Tests.Infrastructure;
using Credence.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Web.Tests.Features.Issuing;

/// <summary>The issuer desk's results form: the level reached per competency decides the award, and problems show next to their fields.</summary>
public sealed class IssuingPageTests(WebApps apps)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static IEnumerable<TheoryDataRow<string>> Providers() => TestProviders.All();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_level_below_the_required_one_records_the_result_but_no_award(string provider)
    {
        var app = await apps.GetAsync(provider);
        var id = await PublishWithRequiredLevelAsync(app);
        var email = $"{Guid.NewGuid():N}@learners.test";
        using var issuer = app.ClientFor(CredenceRoles.Issuer);

        using var response = await FormPost.PostAsync(issuer, $"/issuing?institution=lakeshore&microcredential={id}&handler=Results", Fields(email, "advanced-beginner"));
        var html = await response.Content.ReadAsStringAsync(Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-awarded=\"false\"", html, StringComparison.Ordinal);
        Assert.Contains("data-message=\"ok\"", html, StringComparison.Ordinal);
        var recorded = await ResultsOfAsync(app, email);
        var result = Assert.Single(recorded);
        Assert.Equal(("advanced-beginner", false, "R. Alvarez"), (result.ProficiencyLevel, result.Mastered, result.Assessor));
        Assert.Equal("https://portfolio.example/lab", Assert.Single(result.Evidence).Url);
        Assert.DoesNotContain(await AwardEmailsAsync(issuer), e => e == email);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_required_level_creates_the_award(string provider)
    {
        var app = await apps.GetAsync(provider);
        var id = await PublishWithRequiredLevelAsync(app);
        var email = $"{Guid.NewGuid():N}@learners.test";
        using var issuer = app.ClientFor(CredenceRoles.Issuer);

        using var below = await FormPost.PostAsync(issuer, $"/issuing?institution=lakeshore&microcredential={id}&handler=Results", Fields(email, "novice"));
        using var response = await FormPost.PostAsync(issuer, $"/issuing?institution=lakeshore&microcredential={id}&handler=Results", Fields(email, "competent"));
        var html = await response.Content.ReadAsStringAsync(Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-awarded=\"true\"", html, StringComparison.Ordinal);
        Assert.Equal(2, (await ResultsOfAsync(app, email)).Count);
        Assert.Single(await AwardEmailsAsync(issuer), e => e == email);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Problems_show_their_codes_next_to_the_fields_and_nothing_is_recorded(string provider)
    {
        var app = await apps.GetAsync(provider);
        var id = await PublishWithRequiredLevelAsync(app);
        var email = $"{Guid.NewGuid():N}@learners.test";
        using var issuer = app.ClientFor(CredenceRoles.Issuer);
        var fields = Fields(email, "grand-master").Where(f => f.Key is not ("name" or "results[0].Evidence")).Append(new("results[0].Evidence", "ftp://portfolio.example/lab"));

        using var response = await FormPost.PostAsync(issuer, $"/issuing?institution=lakeshore&microcredential={id}&handler=Results", fields);
        var html = await response.Content.ReadAsStringAsync(Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([IssuingCodes.NameMissing], FormPost.CodesNextTo(html, "name"));
        Assert.Equal([IssuingCodes.LevelUnknown], FormPost.CodesNextTo(html, "results[0].proficiencyLevel"));
        Assert.Equal([IssuingCodes.EvidenceUrlInvalid], FormPost.CodesNextTo(html, "results[0].evidence"));
        Assert.Empty(await ResultsOfAsync(app, email));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_level_list_offers_the_levels_of_the_requirements_scale(string provider)
    {
        var app = await apps.GetAsync(provider);
        var id = await PublishWithRequiredLevelAsync(app);
        using var issuer = app.ClientFor(CredenceRoles.Issuer);

        var html = await issuer.GetStringAsync($"/issuing?institution=lakeshore&microcredential={id}", Token);

        foreach (var level in new[] { "novice", "advanced-beginner", "competent", "proficient", "expert" })
        {
            Assert.Contains($"<option value=\"{level}\"", html, StringComparison.Ordinal);
        }
    }

    private static List<KeyValuePair<string, string>> Fields(string email, string level) =>
    [
        new("email", email),
        new("name", "Dana Okafor"),
        new("results[0].CompetencyId", "configure"),
        new("results[0].Level", level),
        new("results[0].Result", "82/100"),
        new("results[0].Assessor", "R. Alvarez"),
        new("results[0].Evidence", "https://portfolio.example/lab"),
    ];

    /// <summary>Publishes a microcredential whose one competency requires "competent" on the Dreyfus scale.</summary>
    private static async Task<string> PublishWithRequiredLevelAsync(WebApp app)
    {
        var id = DesignBodies.NewId("levelled");
        using var admin = app.ClientFor(CredenceRoles.Admin);
        using var created = await admin.PostAsJsonAsync("/api/microcredentials/lakeshore", new
        {
            id,
            title = "Network Basics",
            description = "Set up a small office network.",
            provider = new { name = "Lakeshore Community College", country = "US" },
            competencies = new[] { new { id = "configure", statement = "Configure routers and switches.", requiredProficiency = new { scale = "dreyfus", level = "competent" } } },
            duration = new { hours = 60, weeks = 8 },
            deliveryModes = new[] { "online" },
        }, Token);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var published = await admin.PostAsync($"/api/microcredentials/lakeshore/{id}/publish", null, Token);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        return id;
    }

    private static async Task<List<Persistence.Entities.AssessmentResult>> ResultsOfAsync(WebApp app, string email)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CredenceDbContext>();
        return await db.AssessmentResults.AsNoTracking().Where(r => r.Learner!.Email == email).ToListAsync(Token);
    }

    private static async Task<List<string>> AwardEmailsAsync(HttpClient issuer)
    {
        using var awards = JsonDocument.Parse(await issuer.GetStringAsync("/api/issuing/lakeshore/awards", Token));
        return awards.RootElement.EnumerateArray().Select(a => a.GetProperty("learnerEmail").GetString()!).ToList();
    }
}
