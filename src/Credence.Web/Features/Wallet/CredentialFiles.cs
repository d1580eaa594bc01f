using Credence.Credentials.Baking;

namespace Credence.Web.Features.Wallet;

/// <summary>The downloads of a credential: its JSON exactly as signed, and the badge image (PNG or SVG) with it baked in.</summary>
internal static class CredentialFiles
{
    public static readonly string[] Formats = ["json", "png", "svg"];

    /// <summary>The file of <paramref name="format"/> (<c>json</c>, <c>png</c> or <c>svg</c>): its bytes, content type and file name.</summary>
    public static (byte[] Content, string ContentType, string FileName) Create(HeldCredential credential, string format)
    {
        var name = $"{credential.Microcredential}-{credential.Id:N}";
        switch (format)
        {
            case "png":
                return (Bake(BadgeArtwork.Png(credential.Microcredential), credential), "image/png", name + ".png");
            case "svg":
                return (Bake(BadgeArtwork.Svg(credential.Microcredential, credential.Title, credential.InstitutionName), credential), "image/svg+xml", name + ".svg");
            default:
                return (System.Text.Encoding.UTF8.GetBytes(credential.Json), "application/vc+ld+json", name + ".json");
        }
    }

    private static byte[] Bake(byte[] image, HeldCredential credential)
    {
        var baked = BadgeBaker.Bake(image, credential.Json);
        return baked.Image ?? throw new InvalidOperationException($"The generated badge image did not take the credential: {baked.Problem}");
    }
}
