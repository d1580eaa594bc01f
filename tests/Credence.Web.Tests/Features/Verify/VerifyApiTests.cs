using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Credence.Credentials.Baking;
using Credence.Credentials.Verification;
using Credence.Persistence.Tests.Infrastructure;
using Credence.Web.Features.Verify;
using Credence.Web.Tests.Infrastructure;

namespace Credence.Web.Tests.Features.Verify;

/// <summary><c>POST /api/verify</c>: other issuers' credentials in every form, their status, and the guarded fetcher's limits.</summary>
public sealed class VerifyApiTests(WebApps apps)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static IEnumerable<TheoryDataRow<string>> Providers() => TestProviders.All();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_did_key_credential_verifies_and_the_report_says_who_issued_it_and_what_it_certifies(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var client = app.ClientFor(WebApp.Anonymous);
        var credential = await TestCredentials.DidKeySignedAsync();

        using var report = await PostAsync(client, new StringContent(credential, Encoding.UTF8, "application/json"));

        var root = report.RootElement;
        Assert.True(root.GetProperty("verified").GetBoolean());
        Assert.Equal(VerifyCodes.Verified, root.GetProperty("verdict").GetProperty("code").GetString());
        Assert.Equal("Harbor Technical College", root.GetProperty("credential").GetProperty("issuer").GetProperty("name").GetString());
        Assert.Equal(TestCredentials.AchievementName, root.GetProperty("credential").GetProperty("achievement").GetProperty("name").GetString());
        Assert.Equal("did:example:learner-7", root.GetProperty("credential").GetProperty("subject").GetProperty("id").GetString());
        Assert.Contains(Checks(report), c => c is { Code: VerificationCodes.Ob3Proof, Status: "passed" });
        Assert.All(root.GetProperty("checks").EnumerateArray(), c => Assert.False(string.IsNullOrEmpty(c.GetProperty("meaning").GetString())));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_vc_jwt_verifies_sent_as_application_jwt_and_as_a_json_string(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var client = app.ClientFor(WebApp.Anonymous);
        var jwt = TestCredentials.Jwt();

        using var asJwt = await PostAsync(client, new StringContent(jwt, Encoding.UTF8, "application/jwt"));
        using var asJsonString = await PostAsync(client, new StringContent(JsonSerializer.Serialize(jwt), Encoding.UTF8, "application/json"));

        AssertVerdict(VerifyCodes.Verified, asJwt);
        AssertVerdict(VerifyCodes.Verified, asJsonString);
        Assert.Equal("jwt", asJwt.RootElement.GetProperty("credential").GetProperty("format").GetString());
        Assert.Contains(Checks(asJwt), c => c is { Code: VerificationCodes.JwtSignature, Status: "passed" });
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_baked_png_uploaded_as_a_multipart_file_verifies(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var client = app.ClientFor(WebApp.Anonymous);
        var baked = BadgeBaker.Bake(TestCredentials.Png, await TestCredentials.DidKeySignedAsync()).Image!;
        using var form = new MultipartFormDataContent { { new ByteArrayContent(baked) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } }, "file", "badge.png" } };

        using var report = await PostAsync(client, form);

        AssertVerdict(VerifyCodes.Verified, report);
        Assert.Equal("png", report.RootElement.GetProperty("credential").GetProperty("format").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_baked_svg_sent_as_the_body_verifies(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var client = app.ClientFor(WebApp.Anonymous);
        var svg = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>");
        var baked = BadgeBaker.Bake(svg, await TestCredentials.DidKeySignedAsync()).Image!;

        using var report = await PostAsync(client, new ByteArrayContent(baked) { Headers = { ContentType = new MediaTypeHeaderValue("image/svg+xml") } });

        AssertVerdict(VerifyCodes.Verified, report);
        Assert.Equal("svg", report.RootElement.GetProperty("credential").GetProperty("format").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_did_web_credential_is_verified_with_the_issuers_published_document_and_status_lists(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var client = app.ClientFor(WebApp.Anonymous);
        using var issuer = new TestCredentials.DidWebIssuer(app.Factory.Remote, app.Factory.Time.GetUtcNow());
        var (revocable, _) = await issuer.IssueAsync("revocation");
        var (suspendable, _) = await issuer.IssueAsync("suspension");

        using var report = await PostAsync(client, Json(revocable));
        using var other = await PostAsync(client, Json(suspendable));

        AssertVerdict(VerifyCodes.Verified, report);
        AssertVerdict(VerifyCodes.Verified, other);
        Assert.Contains(Checks(report), c => c is { Code: VerificationCodes.StatusRevocation, Status: "passed" });
        Assert.Contains(Checks(other), c => c is { Code: VerificationCodes.StatusSuspension, Status: "passed" });
        Assert.Contains(Checks(report), c => c is { Code: VerificationCodes.Ob3IssuerKey, Status: "passed" });
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_revoked_credential_gets_the_revoked_verdict(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var client = app.ClientFor(WebApp.Anonymous);
        using var issuer = new TestCredentials.DidWebIssuer(app.Factory.Remote, app.Factory.Time.GetUtcNow());
        var (credential, index) = await issuer.IssueAsync();
        await issuer.RevokeAsync(index);

        using var report = await PostAsync(client, Json(credential));

        Assert.False(report.RootElement.GetProperty("verified").GetBoolean());
        AssertVerdict(VerifyCodes.Revoked, report);
        Assert.Contains(Checks(report), c => c is { Code: VerificationCodes.StatusRevocation, Status: "failed" });
        Assert.Contains(Checks(report), c => c is { Code: VerificationCodes.Ob3Proof, Status: "passed" });
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_suspended_credential_gets_the_suspended_verdict(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var client = app.ClientFor(WebApp.Anonymous);
        using var issuer = new TestCredentials.DidWebIssuer(app.Factory.Remote, app.Factory.Time.GetUtcNow());
        var (credential, index) = await issuer.IssueAsync("suspension");
        await issuer.SuspendAsync(index);

        using var report = await PostAsync(client, Json(credential));

        AssertVerdict(VerifyCodes.Suspended, report);
        Assert.Contains(Checks(report), c => c is { Code: VerificationCodes.StatusSuspension, Status: "failed" });
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_expired_credential_gets_the_expired_verdict(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var client = app.ClientFor(WebApp.Anonymous);
        var credential = await TestCredentials.DidKeySignedAsync(validUntil: "2026-02-01T00:00:00Z");   // a month before the factory's clock

        using var report = await PostAsync(client, Json(credential));

        AssertVerdict(VerifyCodes.Expired, report);
        Assert.Contains(Checks(report), c => c is { Code: VerificationCodes.Ob3Expired, Status: "failed" });
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_tampered_credential_is_invalid_even_when_it_is_also_revoked(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var client = app.ClientFor(WebApp.Anonymous);
        using var issuer = new TestCredentials.DidWebIssuer(app.Factory.Remote, app.Factory.Time.GetUtcNow());
        var (credential, index) = await issuer.IssueAsync();
        await issuer.RevokeAsync(index);
        var tampered = JsonNode.Parse(credential)!;
        tampered["credentialSubject"]!["achievement"]!["name"] = "Network Engineering (Advanced)";

        using var report = await PostAsync(client, Json(tampered.ToJsonString()));

        AssertVerdict(VerifyCodes.Invalid, report);
        Assert.Contains(Checks(report), c => c is { Code: VerificationCodes.ProofVerificationError, Status: "failed" });
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_unreachable_did_web_issuer_leaves_the_credential_not_fully_checked_rather_than_invalid(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var client = app.ClientFor(WebApp.Anonymous);
        using var issuer = new TestCredentials.DidWebIssuer(app.Factory.Remote, app.Factory.Time.GetUtcNow(), publish: false);
        var (credential, _) = await issuer.IssueAsync();

        using var report = await PostAsync(client, Json(credential));

        AssertVerdict(VerifyCodes.Incomplete, report);
        Assert.Contains(Checks(report), c => c is { Code: VerificationCodes.FetchHttpStatus, Status: "not-checked" });
        Assert.DoesNotContain(Checks(report), c => c.Status == "failed");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_did_web_on_a_private_address_is_never_contacted(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var client = app.ClientFor(WebApp.Anonymous);
        using var issuer = new TestCredentials.DidWebIssuer(app.Factory.Remote, app.Factory.Time.GetUtcNow(), host: "10.1.2.3");
        var (credential, _) = await issuer.IssueAsync();

        using var report = await PostAsync(client, Json(credential));

        Assert.Contains(Checks(report), c => c is { Code: VerificationCodes.FetchPrivateAddress, Status: "not-checked" });
        Assert.Equal(0, app.Factory.Remote.RequestsTo("10.1.2.3"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_document_on_this_instances_own_host_is_never_fetched_over_http(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var client = app.ClientFor(WebApp.Anonymous);
        var ownHost = new Uri(CredenceWebFactory.PublicBaseUrl).Host;
        using var impostor = new TestCredentials.DidWebIssuer(app.Factory.Remote, app.Factory.Time.GetUtcNow(), host: ownHost);
        var (credential, _) = await impostor.IssueAsync();

        using var report = await PostAsync(client, Json(credential));

        Assert.NotEqual(VerifyCodes.Verified, Verdict(report));
        Assert.Equal(0, app.Factory.Remote.RequestsTo(ownHost));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_expected_recipient_is_matched_against_the_subject(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var client = app.ClientFor(WebApp.Anonymous);
        var credential = await TestCredentials.DidKeySignedAsync();

        using var right = await PostAsync(client, Json(credential), "?recipient=did:example:learner-7");
        using var wrong = await PostAsync(client, Json(credential), "?recipient=did:example:someone-else");

        Assert.Contains(Checks(right), c => c is { Code: VerificationCodes.Ob3Recipient, Status: "passed" });
        AssertVerdict(VerifyCodes.Verified, right);
        Assert.Contains(Checks(wrong), c => c is { Code: VerificationCodes.Ob3Recipient, Status: "failed" });
        AssertVerdict(VerifyCodes.Invalid, wrong);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Garbage_gets_a_report_with_failed_checks_not_an_error(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var client = app.ClientFor(WebApp.Anonymous);

        using var report = await PostAsync(client, new ByteArrayContent([1, 2, 3, 4]) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } });

        AssertVerdict(VerifyCodes.Invalid, report);
        Assert.Contains(Checks(report), c => c is { Code: VerificationCodes.BakeNotAnImage, Status: "failed" });
        Assert.Equal(JsonValueKind.Null, report.RootElement.TryGetProperty("credential", out var credential) ? credential.ValueKind : JsonValueKind.Null);
    }

    public static IEnumerable<TheoryDataRow<string, string, int, string>> BadRequests() =>
        from provider in TestProviders.All()
        from row in new (string Name, int Status, string Code)[]
        {
            ("empty", 400, VerifyCodes.NoInput),
            ("form-without-input", 400, VerifyCodes.NoInput),
            ("form-with-both", 400, VerifyCodes.AmbiguousInput),
            ("xml", 415, VerifyCodes.UnsupportedMediaType),
            ("too-large", 413, VerifyCodes.TooLarge),
        }
        select new TheoryDataRow<string, string, int, string>(provider.Data, row.Name, row.Status, row.Code) { Skip = provider.Skip };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task A_request_the_verifier_cannot_run_on_gets_a_coded_problem(string provider, string request, int status, string code)
    {
        var app = await apps.GetAsync(provider);
        using var client = app.ClientFor(WebApp.Anonymous);
        HttpContent content = request switch
        {
            "empty" => new StringContent(string.Empty, Encoding.UTF8, "application/json"),
            "form-without-input" => new MultipartFormDataContent { { new StringContent("someone@example.org"), "recipient" } },
            "form-with-both" => new MultipartFormDataContent { { new StringContent("{}"), "credential" }, { new ByteArrayContent(TestCredentials.Png), "file", "badge.png" } },
            "xml" => new StringContent("<credential/>", Encoding.UTF8, "application/xml"),
            _ => new ByteArrayContent(new byte[(4 * 1024 * 1024) + 1]) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } },
        };

        using var response = await client.PostAsync("/api/verify", content, Token);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(code, problem.RootElement.GetProperty("code").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_offline_verifier_fetches_nothing_and_says_so(string provider)
    {
        await using var factory = new CredenceWebFactory(provider, bootstrapAdmin: false, settings: new Dictionary<string, string> { ["Credence:Verifier:Offline"] = "true" });
        using var client = factory.CreateClient();
        using var issuer = new TestCredentials.DidWebIssuer(factory.Remote, factory.Time.GetUtcNow());
        var (credential, _) = await issuer.IssueAsync();

        using var report = await PostAsync(client, Json(credential));

        AssertVerdict(VerifyCodes.Incomplete, report);
        Assert.Contains(Checks(report), c => c is { Code: VerificationCodes.FetchOffline, Status: "not-checked" });
        Assert.Empty(factory.Remote.Requests);
    }

    internal static StringContent Json(string credential) => new(credential, Encoding.UTF8, "application/json");

    internal static async Task<JsonDocument> PostAsync(HttpClient client, HttpContent content, string query = "")
    {
        using var response = await client.PostAsync("/api/verify" + query, content, Token);
        var body = await response.Content.ReadAsStringAsync(Token);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body);
    }

    internal static void AssertVerdict(string expected, JsonDocument report) =>
        Assert.True(Verdict(report) == expected, $"Expected {expected}: {report.RootElement.GetProperty("checks")}");

    internal static string? Verdict(JsonDocument report) => report.RootElement.GetProperty("verdict").GetProperty("code").GetString();

    internal static List<(string Code, string Status)> Checks(JsonDocument report) =>
        report.RootElement.GetProperty("checks").EnumerateArray()
            .Select(c => (c.GetProperty("code").GetString()!, c.GetProperty("status").GetString()!))
            .ToList();
}
