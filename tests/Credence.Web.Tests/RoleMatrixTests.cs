using System.Net.Http.Json;
using Credence.Persistence.Identity;
using Credence.Persistence.Tests.Infrastructure;
using Credence.Web.Tests.Features;
using Credence.Web.Tests.Infrastructure;

namespace Credence.Web.Tests;

/// <summary>Every endpoint, every caller: who may, who may not.</summary>
public sealed class RoleMatrixTests(WebApps apps)
{
    private static readonly string[] Everyone = WebApp.Callers;
    private static readonly string[] Staff = [CredenceRoles.Admin, CredenceRoles.Designer, CredenceRoles.Reviewer];
    private static readonly string[] StaffAnywhere = [CredenceRoles.Admin, CredenceRoles.Designer, CredenceRoles.Reviewer, WebApp.OtherDesigner];
    private static readonly string[] Editors = [CredenceRoles.Admin, CredenceRoles.Designer];
    private static readonly string[] Admins = [CredenceRoles.Admin];
    private static readonly string[] Reviewers = [CredenceRoles.Admin, CredenceRoles.Reviewer];
    private static readonly string[] Engagers = [CredenceRoles.Admin, CredenceRoles.Designer, CredenceRoles.Employer];
    private static readonly string[] Issuers = [CredenceRoles.Admin, CredenceRoles.Issuer];
    private static readonly string[] Learners = [CredenceRoles.Learner];

    /// <summary>Endpoint → who may call it and the status they get.</summary>
    private static readonly (string Endpoint, string[] Allowed, int Success)[] DesignEndpoints =
    [
        ("search", Everyone, 200),
        ("search-drafts", StaffAnywhere, 200),   // each institution's staff see their own drafts
        ("get-published", Everyone, 200),
        ("get-draft", Staff, 200),
        ("get-yaml", Everyone, 200),
        ("get-scorecards", Everyone, 200),
        ("get-draft-scorecards", Staff, 200),
        ("create", Editors, 201),
        ("save-draft", Editors, 200),
        ("publish", Editors, 200),
        ("compare", Staff, 200),
    ];

    private static readonly (string Endpoint, string[] Allowed, int Success)[] InstitutionEndpoints =
    [
        ("list-institutions", Everyone, 200),
        ("add-institution", Admins, 201),
        ("import", Editors, 200),
        ("export", Everyone, 200),
        ("export-drafts", Staff, 200),
        ("export-design", Everyone, 200),
        ("dashboard", Staff, 200),
        ("list-employers", Staff, 200),
        ("add-employer", Editors, 201),
        ("link-employer-account", Editors, 200),
        ("get-framework-override", Editors, 200),
        ("put-framework-override", Editors, 200),
    ];

    /// <summary>Design and staff pages → who may open them. Signed-in callers without the right send a bearer token and get 403; anonymous visitors are sent to sign in.</summary>
    private static readonly (string Page, string[] Allowed)[] Pages =
    [
        ("/design", [CredenceRoles.Admin, CredenceRoles.Designer, WebApp.OtherDesigner]),   // each designer sees their own institution's list
        ("/design/lakeshore/microcredentials/edit", Editors),
        ("/design/lakeshore/pathways/edit", Editors),
        ("/design/lakeshore/import", Editors),
        ("/design/lakeshore/framework-override", Editors),
        ("/design/lakeshore/microcredentials/{id}/compare", Staff),
        ("/api-reference", Everyone),
        ("/issuing?institution=lakeshore", Issuers),   // the issuer of another institution holds the role but may not act for lakeshore
        ("/admin/outbox", Admins),
    ];

    private static readonly (string Endpoint, string[] Allowed, int Success)[] VerifyEndpoints =
    [
        ("verify", Everyone, 200),
        ("verify-page", Everyone, 200),
    ];

    /// <summary>Issuing endpoints of lakeshore: its issuers and admins; the issuer of another institution gets 403 (for a learner's own
    /// records: another learner gets 404 as if the credential did not exist, which the wallet tests check).</summary>
    private static readonly (string Endpoint, string[] Allowed, int Success)[] IssuingEndpoints =
    [
        ("record-results", Issuers, 200),
        ("list-awards", Issuers, 200),
        ("issue", Issuers, 201),
        ("list-credentials", Issuers, 200),
        ("get-credential", Issuers, 200),
        ("revoke", Issuers, 200),
        ("bulk", Issuers, 200),
        ("outbox", Admins, 200),
        ("wallet", [.. Learners, WebApp.OtherLearner], 200),
        ("wallet-pathways", [.. Learners, WebApp.OtherLearner], 200),
        ("did-document", Everyone, 200),
        ("status-list", Everyone, 200),
    ];

    /// <summary>The review and employer endpoints of a design; attesting is for microcredentials only (no pathway criterion is an attestation).</summary>
    private static readonly (string Endpoint, string[] Allowed, int Success)[] ReviewEndpoints =
    [
        ("get-scorecard", Everyone, 200),
        ("get-draft-scorecard", Staff, 200),
        ("list-attestations", Staff, 200),
        ("list-reviews", Staff, 200),
        ("review", Reviewers, 201),
        ("list-engagements", Everyone, 200),
        ("engage", Engagers, 201),   // the employer account is linked to the partner it engages for
    ];

    public static IEnumerable<TheoryDataRow<string, string, string, string, int>> Matrix() =>
        from provider in TestProviders.All()
        from row in DesignRows().Concat(InstitutionRows()).Concat(Rows("verify", VerifyEndpoints)).Concat(Rows("issuing", IssuingEndpoints)).Concat(ReviewRows())
        select new TheoryDataRow<string, string, string, string, int>(provider.Data, row.Kind, row.Endpoint, row.Caller, row.Status) { Skip = provider.Skip };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_caller_gets_the_status_the_role_matrix_gives_it(string provider, string kind, string endpoint, string caller, int expected)
    {
        var app = await apps.GetAsync(provider);
        using var client = app.ClientFor(caller);

        using var response = await SendAsync(app, client, kind, endpoint);

        Assert.Equal(expected, (int)response.StatusCode);
    }

    public static IEnumerable<TheoryDataRow<string, string, string, int>> PageMatrix() =>
        from provider in TestProviders.All()
        from page in Pages
        from caller in WebApp.Callers
        select new TheoryDataRow<string, string, string, int>(provider.Data, page.Page, caller, page.Allowed.Contains(caller) ? 200 : caller == WebApp.Anonymous ? 302 : 403) { Skip = provider.Skip };

    [Theory]
    [MemberData(nameof(PageMatrix))]
    public async Task Each_caller_gets_the_status_the_page_matrix_gives_it(string provider, string page, string caller, int expected)
    {
        var app = await apps.GetAsync(provider);
        using var client = app.ClientFor(caller);
        var id = DesignBodies.NewId("page-matrix");
        if (page.Contains("{id}", StringComparison.Ordinal))
        {
            await DesignBodies.CreateAsync(app, "microcredentials", id, publish: false);
        }

        using var response = await client.GetAsync(page.Replace("{id}", id, StringComparison.Ordinal), TestContext.Current.CancellationToken);

        Assert.Equal(expected, (int)response.StatusCode);
        if (expected == 302)
        {
            Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(WebApp app, HttpClient client, string kind, string endpoint)
    {
        var id = DesignBodies.NewId("matrix");
        switch (endpoint)
        {
            case "search":
                return await client.GetAsync($"/api/{kind}?q=routers");
            case "search-drafts":
                return await client.GetAsync($"/api/{kind}?drafts=true");
            case "get-published":
                await DesignBodies.CreateAsync(app, kind, id, publish: true);
                return await client.GetAsync($"/api/{kind}/lakeshore/{id}");
            case "get-draft":
                await DesignBodies.CreateAsync(app, kind, id, publish: false);
                return await client.GetAsync($"/api/{kind}/lakeshore/{id}/draft");
            case "get-yaml":
                await DesignBodies.CreateAsync(app, kind, id, publish: true);
                return await client.GetAsync($"/api/{kind}/lakeshore/{id}/yaml");
            case "get-scorecards":
                await DesignBodies.CreateAsync(app, kind, id, publish: true);
                return await client.GetAsync($"/api/{kind}/lakeshore/{id}/scorecards");
            case "get-draft-scorecards":
                await DesignBodies.CreateAsync(app, kind, id, publish: false);
                return await client.GetAsync($"/api/{kind}/lakeshore/{id}/draft/scorecards");
            case "create":
                return await client.PostAsJsonAsync($"/api/{kind}/lakeshore", DesignBodies.For(kind, id));
            case "save-draft":
                await DesignBodies.CreateAsync(app, kind, id, publish: true);
                return await client.PutAsJsonAsync($"/api/{kind}/lakeshore/{id}/draft", DesignBodies.For(kind, id, "Edited title"));
            case "publish":
                await DesignBodies.CreateAsync(app, kind, id, publish: false);
                return await client.PostAsync($"/api/{kind}/lakeshore/{id}/publish", null);
            case "compare":
                await DesignBodies.CreateAsync(app, kind, id, publish: true);
                return await client.GetAsync($"/api/{kind}/lakeshore/{id}/compare?from=1&to=1");
            case "import":
                return await DesignTransferTests.ImportAsync(client, "lakeshore", System.Text.Encoding.UTF8.GetBytes(DesignTransferTests.MicrocredentialYaml(id)), "one.yaml");
            case "export":
                return await client.GetAsync("/api/institutions/lakeshore/designs/export");
            case "export-drafts":
                return await client.GetAsync("/api/institutions/lakeshore/designs/export?drafts=true");
            case "export-design":
                await DesignBodies.CreateAsync(app, "microcredentials", id, publish: true);
                return await client.GetAsync($"/api/institutions/lakeshore/designs/export?kind=microcredentials&id={id}");
            case "list-institutions":
                return await client.GetAsync("/api/institutions");
            case "add-institution":
                return await client.PostAsJsonAsync("/api/institutions", new { slug = DesignBodies.NewId("college"), name = "A new college" });
            case "verify":
                return await client.PostAsync("/api/verify", new StringContent(await TestCredentials.DidKeySignedAsync(), System.Text.Encoding.UTF8, "application/json"));
            case "verify-page":
                return await client.GetAsync("/verify");
            case "record-results":
                return await client.PostAsJsonAsync("/api/issuing/lakeshore/results", IssuingFlow.ResultsBody(await IssuingFlow.PublishMicrocredentialAsync(app), $"{Guid.NewGuid():N}@learners.test"));
            case "list-awards":
                return await client.GetAsync("/api/issuing/lakeshore/awards");
            case "issue":
                return await client.PostAsync($"/api/issuing/lakeshore/awards/{await IssuingFlow.AwardAsync(app, await IssuingFlow.PublishMicrocredentialAsync(app), $"{Guid.NewGuid():N}@learners.test")}/issue", null);
            case "list-credentials":
                return await client.GetAsync("/api/issuing/lakeshore/credentials?state=active");
            case "get-credential":
                return await client.GetAsync($"/api/issuing/lakeshore/credentials/{(await IssuingFlow.IssueAsync(app)).Id}");
            case "revoke":
                return await client.PostAsJsonAsync($"/api/issuing/lakeshore/credentials/{(await IssuingFlow.IssueAsync(app)).Id}/revoke", new { reason = "Role matrix." });
            case "bulk":
                return await client.PostAsync(
                    $"/api/issuing/lakeshore/bulk?microcredential={await IssuingFlow.PublishMicrocredentialAsync(app)}",
                    new StringContent($"row_id,email,name,mastered_all\n1,{Guid.NewGuid():N}@learners.test,Sam Lee,true\n", System.Text.Encoding.UTF8, "text/csv"));
            case "outbox":
                return await client.GetAsync("/api/admin/outbox");
            case "wallet":
                return await client.GetAsync("/api/wallet/credentials");
            case "wallet-pathways":
                return await client.GetAsync("/api/wallet/pathways");
            case "did-document":
                return await client.GetAsync("/issuers/lakeshore/did.json");
            case "status-list":
                using (var credential = System.Text.Json.JsonDocument.Parse((await IssuingFlow.IssueAsync(app)).Json))
                {
                    return await client.GetAsync(new Uri(credential.RootElement.GetProperty("credentialStatus").GetProperty("statusListCredential").GetString()!).AbsolutePath);
                }

            case "dashboard":
                return await client.GetAsync("/api/institutions/lakeshore/dashboard");
            case "list-employers":
                return await client.GetAsync("/api/institutions/lakeshore/employers");
            case "get-framework-override":
                using (var admin = app.ClientFor(CredenceRoles.Admin))
                {
                    // An override that changes nothing, so other tests' lakeshore scorecards stay as they are.
                    (await admin.PutAsJsonAsync("/api/institutions/lakeshore/framework-override", new { yaml = "framework: mvf\n" })).EnsureSuccessStatusCode();
                }

                return await client.GetAsync("/api/institutions/lakeshore/framework-override");
            case "put-framework-override":
                return await client.PutAsJsonAsync("/api/institutions/lakeshore/framework-override", new { yaml = "framework: mvf\n" });
            case "add-employer":
                return await client.PostAsJsonAsync("/api/institutions/lakeshore/employers", new { name = DesignBodies.NewId("employer") });
            case "link-employer-account":
                return await client.PostAsJsonAsync($"/api/institutions/lakeshore/employers/{await LinkedPartnerAsync(app)}/accounts", new { email = "employer@lakeshore.test" });
            case "get-scorecard":
                await DesignBodies.CreateAsync(app, kind, id, publish: true);
                return await client.GetAsync($"/api/{kind}/lakeshore/{id}/scorecard");
            case "get-draft-scorecard":
                await DesignBodies.CreateAsync(app, kind, id, publish: false);
                return await client.GetAsync($"/api/{kind}/lakeshore/{id}/scorecard?version=draft");
            case "list-attestations":
                await DesignBodies.CreateAsync(app, kind, id, publish: true);
                return await client.GetAsync($"/api/{kind}/lakeshore/{id}/attestations");
            case "list-reviews":
                await DesignBodies.CreateAsync(app, kind, id, publish: true);
                return await client.GetAsync($"/api/{kind}/lakeshore/{id}/reviews");
            case "attest":
                await DesignBodies.CreateAsync(app, kind, id, publish: true);
                return await client.PostAsJsonAsync($"/api/{kind}/lakeshore/{id}/attestations", new { criterionId = "mvf.quality.aligned-to-needs", confirmed = true });
            case "review":
                await DesignBodies.CreateAsync(app, kind, id, publish: true);
                return await client.PostAsJsonAsync($"/api/{kind}/lakeshore/{id}/reviews", new { outcome = "approved" });
            case "list-engagements":
                await DesignBodies.CreateAsync(app, kind, id, publish: true);
                return await client.GetAsync($"/api/{kind}/lakeshore/{id}/engagements");
            case "engage":
                await DesignBodies.CreateAsync(app, kind, id, publish: true);
                return await client.PostAsJsonAsync($"/api/{kind}/lakeshore/{id}/engagements", new { activity = "validated", employerId = await LinkedPartnerAsync(app) });
            default:
                throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, "Not an endpoint of the matrix.");
        }
    }

    private static IEnumerable<(string Kind, string Endpoint, string Caller, int Status)> DesignRows() =>
        from kind in new[] { "microcredentials", "pathways" }
        from endpoint in DesignEndpoints
        from caller in WebApp.Callers
        select (kind, endpoint.Endpoint, caller, Expected(endpoint.Allowed, endpoint.Success, caller));

    private static IEnumerable<(string Kind, string Endpoint, string Caller, int Status)> ReviewRows() =>
        from kind in new[] { "microcredentials", "pathways" }
        from endpoint in kind == "microcredentials" ? ReviewEndpoints.Append((Endpoint: "attest", Allowed: Reviewers, Success: 201)) : ReviewEndpoints
        from caller in WebApp.Callers
        select (kind, endpoint.Endpoint, caller, Expected(endpoint.Allowed, endpoint.Success, caller));

    /// <summary>A new employer partner of Lakeshore, linked to the employer account, added by the admin.</summary>
    private static async Task<long> LinkedPartnerAsync(WebApp app)
    {
        using var admin = app.ClientFor(CredenceRoles.Admin);
        using var added = await admin.PostAsJsonAsync("/api/institutions/lakeshore/employers", new { name = DesignBodies.NewId("partner"), accountEmail = "employer@lakeshore.test" });
        added.EnsureSuccessStatusCode();
        using var body = System.Text.Json.JsonDocument.Parse(await added.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("id").GetInt64();
    }

    private static IEnumerable<(string Kind, string Endpoint, string Caller, int Status)> InstitutionRows() =>
        from endpoint in InstitutionEndpoints
        from caller in WebApp.Callers
        select ("institutions", endpoint.Endpoint, caller, Expected(endpoint.Allowed, endpoint.Success, caller));

    private static IEnumerable<(string Kind, string Endpoint, string Caller, int Status)> Rows(string kind, (string Endpoint, string[] Allowed, int Success)[] endpoints) =>
        from endpoint in endpoints
        from caller in WebApp.Callers
        select (kind, endpoint.Endpoint, caller, Expected(endpoint.Allowed, endpoint.Success, caller));

    // Allowed → success; not signed in → 401; signed in with the wrong role or for another institution → 403.
    // The other institution's issuer holds the issuer role, so the institution check answers it with 403 too.
    private static int Expected(string[] allowed, int success, string caller) =>
        allowed.Contains(caller) ? success : caller == WebApp.Anonymous ? 401 : 403;
}
