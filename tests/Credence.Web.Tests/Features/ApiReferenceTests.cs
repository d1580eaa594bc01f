using System.Net;
using System.Text.RegularExpressions;
using Credence.Persistence.Tests.Infrastructure;
using Credence.Web.Tests.Infrastructure;

namespace Credence.Web.Tests.Features;

public sealed partial class ApiReferenceTests(WebApps apps)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static IEnumerable<TheoryDataRow<string>> Providers() => TestProviders.All();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_api_reference_lists_every_operation_of_the_openapi_document_without_external_assets(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var visitor = app.ClientFor(WebApp.Anonymous);
        using var document = System.Text.Json.JsonDocument.Parse(await visitor.GetStringAsync("/openapi/v1.json", Token));
        var operations = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => $"{o.Name.ToUpperInvariant()} {p.Name}"))
            .ToList();

        using var response = await visitor.GetAsync("/api-reference", Token);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Token));
        var catalog = await visitor.GetStringAsync("/", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("POST /api/institutions/{slug}/designs/import", operations);
        Assert.All(operations, operation => Assert.Contains($"<code>{operation}</code>", html, StringComparison.Ordinal));
        Assert.Contains("id=\"schema-Microcredential\"", html, StringComparison.Ordinal);                       // request bodies are described
        Assert.Matches("<code>competencies</code></th><td>\\s*<a href=\"#schema-Competency\">array of Competency</a>", html);
        Assert.Matches("<code>awardRule</code></th><td>\\s*null or\\s*<a href=\"#schema-AwardRule\">AwardRule</a>", html);
        Assert.Empty(ExternalAssets().Matches(html));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("href=\"/api-reference\"", catalog, StringComparison.Ordinal);   // linked from the footer
    }

    [GeneratedRegex("""(src=|<link[^>]*href=)"(https?:)?//""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalAssets();
}
