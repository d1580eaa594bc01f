using System.Text.Json.Nodes;
using Credence.Credentials.DataIntegrity;
using Credence.Credentials.Dids;
using Credence.Credentials.Keys;
using Credence.Web.BrowserTests.Infrastructure;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Credence.Web.BrowserTests.Features;

public sealed class VerifierTests(BrowserSession session)
{
    [Fact(Skip = Chromium.SkipReason, SkipUnless = nameof(Chromium.Runs), SkipType = typeof(Chromium))]
    public async Task On_a_phone_a_visitor_pastes_a_credential_reads_the_verified_report_and_the_report_has_no_serious_axe_violations()
    {
        var page = await session.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/verify");

        await page.GetByLabel("Paste the credential (JSON or JWT)").FillAsync(await DidKeyCredentialAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
        var verdict = await page.Locator("[data-verdict]").GetAttributeAsync("data-verdict");
        var issuedBy = await page.Locator(".details").InnerTextAsync();
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        await Screenshots.SaveAsync(page, "verify-report-phone");
        var axe = await page.RunAxe();

        Assert.Equal("verify.verified", verdict);
        Assert.Contains("Lakeview Adult Learning Center", issuedBy, StringComparison.Ordinal);
        Assert.False(overflow, "the report scrolls sideways on a phone");
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id));
    }

    private static async Task<string> DidKeyCredentialAsync()
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var credential = new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
            ["id"] = "urn:uuid:" + Guid.NewGuid(),
            ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
            ["issuer"] = new JsonObject { ["id"] = DidKey.Create(key), ["type"] = new JsonArray("Profile"), ["name"] = "Lakeview Adult Learning Center" },
            ["validFrom"] = "2026-01-01T00:00:00Z",
            ["name"] = "Spreadsheet Essentials",
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = "did:example:learner-3",
                ["type"] = new JsonArray("AchievementSubject"),
                ["achievement"] = new JsonObject
                {
                    ["id"] = "https://lakeview.example/achievements/spreadsheets",
                    ["type"] = new JsonArray("Achievement"),
                    ["name"] = "Spreadsheet Essentials",
                    ["description"] = "Build, format and chart a workbook.",
                    ["criteria"] = new JsonObject { ["narrative"] = "Complete the workbook project." },
                },
            },
        };
        var signed = await DataIntegrityProofs.AddProofAsync(credential.ToJsonString(), key, new ProofOptions { VerificationMethod = DidKey.VerificationMethodId(key) });
        return signed.Text;
    }
}
