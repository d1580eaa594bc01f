using System.Net.Http.Json;

namespace Credence.Web.Tests.Infrastructure;

/// <summary>Request bodies and set-up calls for the designs API.</summary>
public static class DesignBodies
{
    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    public static object For(string kind, string id, string title = "Network Basics", string word = "routers") => kind == "microcredentials"
        ? new
        {
            id,
            title,
            description = "Set up a small office network.",
            provider = new { name = "Lakeshore Community College", country = "US" },
            competencies = new[] { new { id = "configure", statement = $"Configure {word} and switches.", kind = "technical" } },
            duration = new { hours = 60, weeks = 8 },
            deliveryModes = new[] { "online", "in-person" },
            cost = new { tuition = 900, fees = 100, currency = "USD" },
        }
        : new
        {
            id,
            title,
            description = $"A pathway through {word}.",
            stages = new[] { new { id = "one", microcredentials = new[] { "network-basics" } } },
        };

    /// <summary>Creates a design as the admin and, when asked, publishes it.</summary>
    public static async Task CreateAsync(WebApp app, string kind, string id, bool publish, string word = "routers")
    {
        using var admin = app.ClientFor(Credence.Persistence.Identity.CredenceRoles.Admin);
        using var created = await admin.PostAsJsonAsync($"/api/{kind}/lakeshore", For(kind, id, word: word));
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        if (publish)
        {
            using var published = await admin.PostAsync($"/api/{kind}/lakeshore/{id}/publish", null);
            Assert.Equal(System.Net.HttpStatusCode.OK, published.StatusCode);
        }
    }
}
