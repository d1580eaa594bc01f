using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Credence.Persistence.Identity;

namespace Credence.Web.Tests.Infrastructure;

/// <summary>The issuer's steps through the API: publish a microcredential, record mastery for a learner, issue the credential.</summary>
public static class IssuingFlow
{
    /// <summary>Publishes a one-competency microcredential in lakeshore and returns its id.</summary>
    public static async Task<string> PublishMicrocredentialAsync(WebApp app)
    {
        var id = DesignBodies.NewId("issued");
        await DesignBodies.CreateAsync(app, "microcredentials", id, publish: true);
        return id;
    }

    /// <summary>Records mastery of every competency for the learner and returns the award id.</summary>
    public static async Task<long> AwardAsync(WebApp app, string microcredential, string email, string name = "Dana Okafor")
    {
        using var issuer = app.ClientFor(CredenceRoles.Issuer);
        using var response = await issuer.PostAsJsonAsync("/api/issuing/lakeshore/results", ResultsBody(microcredential, email, name));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        Assert.True(json.RootElement.GetProperty("awarded").GetBoolean(), body);
        return json.RootElement.GetProperty("awardId").GetInt64();
    }

    /// <summary>Publishes, awards and issues; returns the credential id and its signed JSON.</summary>
    public static async Task<(Guid Id, string Json)> IssueAsync(WebApp app, string? email = null)
    {
        var microcredential = await PublishMicrocredentialAsync(app);
        var awardId = await AwardAsync(app, microcredential, email ?? $"{Guid.NewGuid():N}@learners.test");
        using var issuer = app.ClientFor(CredenceRoles.Issuer);
        using var response = await issuer.PostAsync($"/api/issuing/lakeshore/awards/{awardId}/issue", null);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        using var json = JsonDocument.Parse(body);
        return (json.RootElement.GetProperty("id").GetGuid(), json.RootElement.GetProperty("credential").GetRawText());
    }

    public static object ResultsBody(string microcredential, string email, string name = "Dana Okafor", string competency = "configure") => new
    {
        microcredentialId = microcredential,
        learner = new { email, name },
        results = new[]
        {
            new { competencyId = competency, mastered = true, result = "pass", assessor = "R. Alvarez", evidence = new[] { new { url = "https://portfolio.example/dana/router-lab", title = "Router lab" } } },
        },
    };
}
