using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Credence.Persistence.Identity;

namespace Credence.Web.Tests.Infrastructure;

/// <summary>Set-up calls and readers for the review, dashboard and employer tests.</summary>
public static partial class ReviewHelpers
{
    public const string AlignedToNeeds = "mvf.quality.aligned-to-needs";
    public const string SmeReview = "mvf.quality.sme-review";
    public const string Endorsed = "mvf.employer-engagement.endorsed";

    /// <summary>A microcredential that leads to computer user support jobs in Ohio.</summary>
    public static object HelpDesk(string id, string title = "Help Desk Basics") => new
    {
        id,
        title,
        description = "Support users of computers and networks.",
        competencies = new[] { new { id = "troubleshoot", statement = "Troubleshoot desktop problems.", kind = "technical" } },
        duration = new { hours = 60, weeks = 8 },
        deliveryModes = new[] { "online" },
        cost = new { tuition = 900, currency = "USD" },
        targetOccupations = new[] { "15-1232" },
        region = new { country = "US", state = "OH" },
    };

    /// <summary>Creates a design from a body as the admin of an institution and, when asked, publishes it.</summary>
    public static async Task CreateAsync(WebApp app, string institution, string kind, string id, object body, bool publish)
    {
        using var admin = app.ClientFor(CredenceRoles.Admin);
        using var created = await admin.PostAsJsonAsync($"/api/{kind}/{institution}", body);
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        if (publish)
        {
            using var published = await admin.PostAsync($"/api/{kind}/{institution}/{id}/publish", null);
            Assert.Equal(System.Net.HttpStatusCode.OK, published.StatusCode);
        }
    }

    /// <summary>The status (<c>met</c>, <c>not-met</c>, …) of a criterion in a list of scorecard responses.</summary>
    public static string Status(JsonElement scorecards, string criterionId) =>
        scorecards.EnumerateArray()
            .SelectMany(s => s.GetProperty("scorecard").GetProperty("criteria").EnumerateArray())
            .Single(c => c.GetProperty("criterionId").GetString() == criterionId)
            .GetProperty("status").GetString()!;

    /// <summary>The overall score of one framework in a list of scorecard responses.</summary>
    public static double Score(JsonElement scorecards, string framework) =>
        scorecards.EnumerateArray().Single(s => s.GetProperty("frameworkId").GetString() == framework).GetProperty("overallScore").GetDouble();

    /// <summary>Opens a page, takes its antiforgery token and posts a form to one of its handlers with the same client (its cookies and its bearer token).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string handler, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var html = await client.GetStringAsync(page);
        var token = Token().Match(html);
        Assert.True(token.Success, "The page has no antiforgery token.");
        var separator = page.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        using var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token.Groups[1].Value)));
        return await client.PostAsync($"{page}{separator}handler={handler}", content);
    }

    /// <summary>The <c>data-code</c> values of the field errors a page shows.</summary>
    public static IReadOnlyList<string> PageCodes(string html) => [.. DataCode().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("class=\"field-error\"[^>]*data-code=\"([^\"]+)\"")]
    private static partial Regex DataCode();
}
