using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Credence.Credentials.Baking;
using Credence.Persistence.Tests.Infrastructure;
using Credence.Web.Features.Verify;
using Credence.Web.Tests.Infrastructure;

namespace Credence.Web.Tests.Features.Verify;

/// <summary>The <c>/verify</c> page without JavaScript: a plain form post with the pasted text or an uploaded image.</summary>
public sealed partial class VerifyPageTests(WebApps apps)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static IEnumerable<TheoryDataRow<string>> Providers() => TestProviders.All();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_visitor_pastes_a_revoked_credential_and_the_page_says_it_is_revoked_and_by_whom_it_was_issued(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var issuer = new TestCredentials.DidWebIssuer(app.Factory.Remote, app.Factory.Time.GetUtcNow());
        var (credential, index) = await issuer.IssueAsync();
        await issuer.RevokeAsync(index);
        using var client = app.Factory.CreateClient();

        var (status, page) = await PostAsync(client, new StringContent(credential), "Credential");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"data-verdict=\"{VerifyCodes.Revoked}\"", page, StringComparison.Ordinal);
        Assert.Contains("Harbor Technical College", page, StringComparison.Ordinal);
        Assert.Contains(TestCredentials.AchievementName, page, StringComparison.Ordinal);
        Assert.Contains("<code>status.revocation</code>", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_visitor_uploads_a_baked_png_and_the_page_says_it_is_verified(string provider)
    {
        var app = await apps.GetAsync(provider);
        var baked = BadgeBaker.Bake(TestCredentials.Png, await TestCredentials.DidKeySignedAsync()).Image!;
        using var client = app.Factory.CreateClient();

        var (status, page) = await PostAsync(client, new ByteArrayContent(baked) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } }, "Upload", "badge.png");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"data-verdict=\"{VerifyCodes.Verified}\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Sending_the_form_empty_shows_the_problem_at_the_field(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var client = app.Factory.CreateClient();

        var (status, page) = await PostAsync(client, new StringContent(string.Empty), "Recipient");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains($"data-code=\"{VerifyCodes.NoInput}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-verdict", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_verifier_page_is_linked_from_every_page_and_needs_no_sign_in(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var client = app.Factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/verify", Token);
        var catalog = await client.GetStringAsync("/", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("href=\"/verify\"", catalog, StringComparison.Ordinal);
        Assert.Contains("name=\"Upload\" type=\"file\"", await response.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, string Page)> PostAsync(HttpClient client, HttpContent field, string name, string? fileName = null)
    {
        var form = await client.GetStringAsync("/verify", Token);
        using var content = new MultipartFormDataContent { { new StringContent(AntiforgeryToken().Match(form).Groups[1].Value), "__RequestVerificationToken" } };
        if (fileName is null)
        {
            content.Add(field, name);
        }
        else
        {
            content.Add(field, name, fileName);
        }

        using var response = await client.PostAsync("/verify", content, Token);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Token));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
