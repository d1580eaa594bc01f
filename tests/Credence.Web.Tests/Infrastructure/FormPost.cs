using System.Net;
using System.Text.RegularExpressions;

namespace Credence.Web.Tests.Infrastructure;

/// <summary>Posts a page's form the way a browser does: GET the page for its antiforgery token, then POST the fields url-encoded.</summary>
public static partial class FormPost
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await TokenAsync(client, path);
        using var content = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]);
        return await client.PostAsync(path, content, TestContext.Current.CancellationToken);
    }

    public static async Task<HttpResponseMessage> PostMultipartAsync(HttpClient client, string path, MultipartFormDataContent content)
    {
        content.Add(new StringContent(await TokenAsync(client, path)), "__RequestVerificationToken");
        return await client.PostAsync(path, content, TestContext.Current.CancellationToken);
    }

    public static async Task<string> TokenAsync(HttpClient client, string path)
    {
        using var page = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return AntiforgeryField().Match(html).Groups[1].Value;
    }

    /// <summary>The codes shown next to one field (by its field key, e.g. <c>competencies[0].statement</c>).</summary>
    public static IReadOnlyList<string> CodesNextTo(string html, string key)
    {
        var id = "f-" + Regex.Replace(key, "[^A-Za-z0-9]+", "-").Trim('-') + "-error";
        var block = Regex.Match(html, $"<ul class=\"field-error\" id=\"{Regex.Escape(id)}\">(.*?)</ul>", RegexOptions.Singleline);
        return block.Success ? CodeElement().Matches(block.Groups[1].Value).Select(m => m.Groups[1].Value).ToList() : [];
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("data-code=\"([^\"]+)\"")]
    private static partial Regex CodeElement();
}
