using System.Buffers.Binary;
using System.Xml.Linq;
using Credence.Credentials.Baking;
using Credence.Web.Features.Wallet;
using Credence.Web.Tests.Infrastructure;

namespace Credence.Web.Tests.Features.Wallet;

public sealed class BadgeArtworkTests
{
    [Fact]
    public async Task The_generated_png_is_a_256_pixel_image_a_credential_bakes_into_and_comes_back_out_of()
    {
        var png = BadgeArtwork.Png("srcc-it-help-desk-fundamentals");
        var credential = await TestCredentials.DidKeySignedAsync();

        var baked = BadgeBaker.Bake(png, credential);
        var unbaked = BadgeBaker.Unbake(baked.Image!);

        Assert.Equal(256, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(256, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        Assert.Equal(credential, unbaked.Credential);
    }

    [Fact]
    public async Task The_generated_svg_is_well_formed_names_the_badge_with_markup_escaped_and_takes_a_baked_credential()
    {
        var svg = BadgeArtwork.Svg("seed", "R&D <Labs>", "Lakeshore Community College");
        var credential = await TestCredentials.DidKeySignedAsync();

        var document = XDocument.Parse(System.Text.Encoding.UTF8.GetString(svg));
        var unbaked = BadgeBaker.Unbake(BadgeBaker.Bake(svg, credential).Image!);

        Assert.Equal("svg", document.Root!.Name.LocalName);
        Assert.Contains(document.Descendants(), e => e.Name.LocalName == "text" && e.Value == "R&D <Labs>");
        Assert.Equal(credential, unbaked.Credential);
    }

    [Fact]
    public void The_same_microcredential_always_gets_the_same_image() =>
        Assert.Equal(BadgeArtwork.Png("network-basics"), BadgeArtwork.Png("network-basics"));
}
