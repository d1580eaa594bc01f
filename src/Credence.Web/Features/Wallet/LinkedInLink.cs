using System.Globalization;

namespace Credence.Web.Features.Wallet;

/// <summary>LinkedIn's "Add licence or certification" link, pre-filled with the credential's name, issuer, dates, public page and id.</summary>
internal static class LinkedInLink
{
    public static string For(HeldCredential credential, string publicPage)
    {
        var fields = new List<(string Name, string Value)>
        {
            ("startTask", "CERTIFICATION_NAME"),
            ("name", credential.Title),
            ("organizationName", credential.InstitutionName),
            ("issueYear", credential.ValidFrom.Year.ToString(CultureInfo.InvariantCulture)),
            ("issueMonth", credential.ValidFrom.Month.ToString(CultureInfo.InvariantCulture)),
        };
        if (credential.ValidUntil is { } until)
        {
            fields.Add(("expirationYear", until.Year.ToString(CultureInfo.InvariantCulture)));
            fields.Add(("expirationMonth", until.Month.ToString(CultureInfo.InvariantCulture)));
        }

        fields.Add(("certUrl", publicPage));
        fields.Add(("certId", "urn:uuid:" + credential.Id.ToString("D")));
        return "https://www.linkedin.com/profile/add?" + string.Join('&', fields.Select(f => f.Name + "=" + Uri.EscapeDataString(f.Value)));
    }
}
