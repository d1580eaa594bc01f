using System.Text;
using System.Xml;
using System.Xml.Linq;
using Credence.Credentials.Verification;

namespace Credence.Credentials.Baking;

/// <summary>SVG baking: an <c>openbadges:credential</c> element (namespace <c>https://purl.imsglobal.org/ob/v3p0</c>) as the first child of
/// the root, holding JSON in CDATA or a compact JWS in its <c>verify</c> attribute.</summary>
/// <remarks>The DTD is ignored and no entity is ever resolved or fetched, so entity-expansion and external-entity attacks fail cleanly.</remarks>
internal static class SvgBaking
{
    private static readonly XNamespace _openBadges = "https://purl.imsglobal.org/ob/v3p0";
    private static readonly XNamespace _svg = "http://www.w3.org/2000/svg";
    private static readonly XName _credential = _openBadges + "credential";

    public static bool LooksLikeSvg(ReadOnlySpan<byte> image)
    {
        var head = Encoding.UTF8.GetString(image[..Math.Min(image.Length, 4096)]);
        return head.Contains("<svg", StringComparison.Ordinal);
    }

    public static BakeResult Bake(byte[] image, string credential, bool isJwt)
    {
        if (!TryLoad(image, out var document, out var problem))
        {
            return new BakeResult(null, problem);
        }

        var root = document.Root!; // TryLoad guarantees an <svg> root.
        root.Elements(_credential).Remove();
        if (root.Attribute(XNamespace.Xmlns + "openbadges") is null)
        {
            root.SetAttributeValue(XNamespace.Xmlns + "openbadges", _openBadges.NamespaceName);
        }

        var element = isJwt
            ? new XElement(_credential, new XAttribute("verify", credential))
            : new XElement(_credential, new XCData(credential));
        root.AddFirst(element);

        using var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false }))
        {
            document.Save(writer);
        }

        return new BakeResult(output.ToArray(), null);
    }

    public static UnbakeResult Extract(byte[] image)
    {
        if (!TryLoad(image, out var document, out var problem))
        {
            return new UnbakeResult(null, false, problem);
        }

        var found = document.Descendants(_credential).ToList();
        if (found.Count == 0)
        {
            return UnbakeResult.Failed(VerificationCodes.BakeNoCredential, "The SVG has no openbadges:credential element.");
        }

        if (found.Count > 1)
        {
            return UnbakeResult.Failed(VerificationCodes.BakeMultipleCredentials, "The SVG has more than one openbadges:credential element.");
        }

        var verify = found[0].Attribute("verify")?.Value;
        var payload = string.IsNullOrWhiteSpace(verify) ? found[0].Value.Trim() : verify.Trim();
        return payload.Length == 0
            ? UnbakeResult.Failed(VerificationCodes.BakeNoCredential, "The openbadges:credential element is empty.")
            : new UnbakeResult(payload, false, null);
    }

    private static bool TryLoad(byte[] image, out XDocument document, out Check? problem)
    {
        document = new XDocument();
        problem = null;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            MaxCharactersInDocument = BadgeBaker.MaxImageBytes,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(image, writable: false), settings);
            document = XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException exception)
        {
            problem = Check.Failed(VerificationCodes.BakeSvgInvalid, $"The SVG is not well-formed XML without entities: {exception.Message}");
            return false;
        }

        if (document.Root?.Name != _svg + "svg")
        {
            problem = Check.Failed(VerificationCodes.BakeSvgInvalid, "The document's root is not an SVG svg element.");
            return false;
        }

        return true;
    }
}
