using System.Text.Json;
using System.Text.Json.Nodes;
using Credence.Persistence.Entities;
using Credence.Persistence.Issuing;
using Credence.Web.Features.Wallet;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace Credence.Web.Features.Credentials;

/// <summary>A credential's public badge page: what it certifies, who issued it to whom, its state (a revoked or suspended credential says so),
/// OpenGraph tags and schema.org <c>EducationalOccupationalCredential</c> markup, a QR code of the page, and the holder's LinkedIn link.
/// Anyone sees it once its holder made it public; before that only the holder, its issuers and admins.</summary>
internal sealed class BadgeModel(WalletQueries wallet, UserManager<CredenceUser> users, IssuingUrls urls) : PageModel
{
    public HeldCredential Credential { get; private set; } = null!; // Set by OnGetAsync before the page renders.

    public string PageUrl { get; private set; } = string.Empty;

    public bool IsHolder { get; private set; }

    public string QrSvg { get; private set; } = string.Empty;

    public string? Criteria { get; private set; }

    public IReadOnlyList<string> Skills { get; private set; } = [];

    public string StructuredData { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var credential = await wallet.FindAsync(id, cancellationToken);
        if (credential is null || !await CredentialAccess.MaySeeAsync(User, credential, wallet, users, cancellationToken))
        {
            return NotFound();
        }

        Credential = credential;
        PageUrl = urls.CredentialPage(id);
        IsHolder = await CredentialAccess.IsHolderAsync(User, credential, wallet, cancellationToken);
        using (var generator = new QRCodeGenerator())
        using (var data = generator.CreateQrCode(PageUrl, QRCodeGenerator.ECCLevel.M))
        {
            var svg = new SvgQRCode(data).GetGraphic(4);
            QrSvg = svg[svg.IndexOf("<svg", StringComparison.Ordinal)..];
        }

        var summary = Verify.CredentialReader.Read(System.Text.Encoding.UTF8.GetBytes(credential.Json));
        Criteria = summary?.Achievement?.Criteria;
        Skills = summary?.Achievement?.Skills ?? [];
        StructuredData = BuildStructuredData();
        Response.Headers.CacheControl = "no-cache";
        return Page();
    }

    public string StateWords => Credential.State switch
    {
        CredentialState.Revoked => "Revoked",
        CredentialState.Suspended => "Suspended",
        _ when Credential.ValidUntil is { } until && until < HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow() => "Expired",
        _ => "Valid",
    };

    private string BuildStructuredData()
    {
        var data = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "EducationalOccupationalCredential",
            ["name"] = Credential.Title,
            ["url"] = PageUrl,
            ["identifier"] = "urn:uuid:" + Credential.Id.ToString("D"),
            ["credentialCategory"] = "Microcredential",
            ["recognizedBy"] = new JsonObject { ["@type"] = "Organization", ["name"] = Credential.InstitutionName },
            ["dateCreated"] = Credential.ValidFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        if (Credential.Description is not null)
        {
            data["description"] = Credential.Description;
        }

        if (Credential.ValidUntil is { } until)
        {
            data["expires"] = until.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        if (Skills.Count > 0)
        {
            data["competencyRequired"] = new JsonArray(Skills.Select(s => (JsonNode)JsonValue.Create(s)).ToArray());
        }

        // Written into a <script> element: escape '<' so no text in it can close the element.
        return data.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default });
    }
}
