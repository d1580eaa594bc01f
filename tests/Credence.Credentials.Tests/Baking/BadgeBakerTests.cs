using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using System.Text.Json.Nodes;
using Credence.Credentials.Baking;
using Credence.Credentials.Verification;

namespace Credence.Credentials.Tests.Baking;

public sealed class BadgeBakerTests
{
    private const string Jws = "eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJodHRwczovL2V4YW1wbGUuZWR1In0.c2lnbmF0dXJl";

    public static TheoryData<string, string> BakedFixtures() => new()
    {
        { "simple-json.png", "simple-json-png.json" },
        { "simple-json.svg", "simple-json-svg.json" },
        { "simple-jwt.png", "simple-jwt-png.jwt" },
        { "simple-jwt.svg", "simple-jwt-svg.jwt" },
        { "simple-jwt_v1.png", "simple-jwt_v1-png.jwt" },
        { "simple-jwt_v1.svg", "simple-jwt_v1-svg.jwt" },
    };

    [Theory]
    [MemberData(nameof(BakedFixtures))]
    public void The_1edtech_baked_fixtures_give_back_their_credential(string image, string extracted)
    {
        var expected = Fixture.Text("1edtech-validator/ob3/extracted-from-baked/" + extracted).Trim();

        var result = BadgeBaker.Unbake(Fixture.Bytes("1edtech-validator/ob3/" + image));

        Assert.True(result.Succeeded, result.Problem?.Code);
        if (extracted.EndsWith(".jwt", StringComparison.Ordinal))
        {
            Assert.True(result.IsJwt);
            Assert.Equal(expected, result.Credential);
        }
        else
        {
            Assert.False(result.IsJwt);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(result.Credential!)));
        }
    }

    [Theory]
    [InlineData("simple-json.png")]
    [InlineData("simple-json.svg")]
    public void Baking_a_json_credential_keeps_it_byte_for_byte(string image)
    {
        var baked = BadgeBaker.Bake(Fixture.Bytes("1edtech-validator/ob3/" + image), Samples.OpenBadgeCredential);

        var result = BadgeBaker.Unbake(baked.Image!);

        Assert.Equal(Samples.OpenBadgeCredential.Trim(), result.Credential!.Trim());
    }

    [Theory]
    [InlineData("simple-json.png")]
    [InlineData("simple-jwt.svg")]
    public void Re_baking_replaces_the_earlier_credential(string image)
    {
        var first = BadgeBaker.Bake(Fixture.Bytes("1edtech-validator/ob3/" + image), Samples.OpenBadgeCredential);

        var second = BadgeBaker.Bake(first.Image!, Jws);
        var result = BadgeBaker.Unbake(second.Image!);

        Assert.True(result.IsJwt);
        Assert.Equal(Jws, result.Credential);
    }

    [Fact]
    public void A_baked_png_keeps_every_other_chunk_and_ends_with_iend()
    {
        var original = Fixture.Bytes("1edtech-validator/ob3/simple-json.png");

        var baked = BadgeBaker.Bake(original, Jws).Image!;

        var before = ChunkTypes(original).Where(t => t != "iTXt").ToList();
        var after = ChunkTypes(baked).ToList();
        Assert.Equal(before, after.Where(t => t != "iTXt"));
        Assert.Equal(["iTXt", "IEND"], after[^2..]);
    }

    [Fact]
    public void A_png_baked_by_credence_has_an_uncompressed_itxt_chunk_with_the_ob3_keyword()
    {
        var baked = BadgeBaker.Bake(Fixture.Bytes("1edtech-validator/ob3/simple-json.png"), Jws).Image!;

        var text = Encoding.Latin1.GetString(baked);

        Assert.Contains("iTXtopenbadgecredential\0\0\0\0\0" + Jws, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_png_is_invalid()
    {
        var image = Fixture.Bytes("1edtech-validator/ob3/simple-json.png");

        var result = BadgeBaker.Unbake(image[..(image.Length / 2)]);

        Assert.Equal(VerificationCodes.BakePngInvalid, result.Problem!.Code);
    }

    [Fact]
    public void A_corrupted_chunk_fails_its_crc()
    {
        var image = Fixture.Bytes("1edtech-validator/ob3/simple-json.png");
        image[200] ^= 0xFF; // inside the first IDAT chunk

        var result = BadgeBaker.Unbake(image);

        Assert.Equal(VerificationCodes.BakePngCrc, result.Problem!.Code);
    }

    [Fact]
    public void A_chunk_claiming_two_gigabytes_is_refused_without_allocating()
    {
        var image = Fixture.Bytes("1edtech-validator/ob3/simple-json.png");
        BinaryPrimitives.WriteUInt32BigEndian(image.AsSpan(33), 0x7FFFFFFF); // length of the chunk after IHDR

        var result = BadgeBaker.Unbake(image);

        Assert.Equal(VerificationCodes.BakePngInvalid, result.Problem!.Code);
    }

    [Fact]
    public void A_png_with_two_credentials_is_refused()
    {
        var baked = BadgeBaker.Bake(Fixture.Bytes("1edtech-validator/ob3/simple-json.png"), Jws).Image!;
        var chunk = Chunk("iTXt", Encoding.Latin1.GetBytes("openbadgecredential\0\0\0\0\0" + Jws));
        var twice = baked[..^12].Concat(chunk).Concat(baked[^12..]).ToArray();

        var result = BadgeBaker.Unbake(twice);

        Assert.Equal(VerificationCodes.BakeMultipleCredentials, result.Problem!.Code);
    }

    [Fact]
    public void A_png_without_a_credential_says_so()
    {
        var baked = BadgeBaker.Bake(Fixture.Bytes("1edtech-validator/ob3/simple-json.png"), Jws).Image!;
        var chunks = baked[..8].Concat(Chunk("IHDR", new byte[13])).Concat(Chunk("IEND", [])).ToArray();

        var result = BadgeBaker.Unbake(chunks);

        Assert.Equal(VerificationCodes.BakeNoCredential, result.Problem!.Code);
    }

    [Fact]
    public void A_baked_payload_that_is_not_a_credential_is_refused()
    {
        var png = Fixture.Bytes("1edtech-validator/ob3/simple-json.png")[..8].Concat(Chunk("IHDR", new byte[13]))
            .Concat(Chunk("iTXt", Encoding.Latin1.GetBytes("openbadgecredential\0\0\0\0\0https://example.edu/assertion/1"))).Concat(Chunk("IEND", [])).ToArray();

        var result = BadgeBaker.Unbake(png);

        Assert.Equal(VerificationCodes.BakeInvalidPayload, result.Problem!.Code);
    }

    [Theory]
    [InlineData("GIF89a........")] // another image format
    [InlineData("")] // empty
    public void Bytes_that_are_neither_png_nor_svg_are_not_an_image(string content)
    {
        var result = BadgeBaker.Unbake(Encoding.ASCII.GetBytes(content));

        Assert.Equal(VerificationCodes.BakeNotAnImage, result.Problem!.Code);
    }

    [Fact]
    public void An_image_over_the_size_limit_is_refused()
    {
        var result = BadgeBaker.Unbake(new byte[BadgeBaker.MaxImageBytes + 1]);

        Assert.Equal(VerificationCodes.BakeTooLarge, result.Problem!.Code);
    }

    public static TheoryData<string> HostileSvgs() => new(
        // Billion laughs: the DTD is ignored, so the entity reference is undefined and the document is refused.
        """<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"><openbadges:credential>&c;</openbadges:credential></svg>""",
        // External entity: never resolved, never fetched.
        """<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"><openbadges:credential>&x;</openbadges:credential></svg>""",
        // Not well-formed.
        """<svg xmlns="http://www.w3.org/2000/svg"><openbadges:credential>""",
        // Mentions <svg but the root is something else.
        """<html><svg xmlns="http://www.w3.org/2000/svg"/></html>""");

    [Theory]
    [MemberData(nameof(HostileSvgs))]
    public void Hostile_or_malformed_svgs_are_refused_cleanly(string svg)
    {
        var result = BadgeBaker.Unbake(Encoding.UTF8.GetBytes(svg));

        Assert.Equal(VerificationCodes.BakeSvgInvalid, result.Problem!.Code);
    }

    [Fact]
    public void An_svg_with_two_credentials_is_refused()
    {
        const string Svg = """<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"><openbadges:credential verify="a.b.c"/><openbadges:credential verify="d.e.f"/></svg>""";

        var result = BadgeBaker.Unbake(Encoding.UTF8.GetBytes(Svg));

        Assert.Equal(VerificationCodes.BakeMultipleCredentials, result.Problem!.Code);
    }

    [Fact]
    public void Baking_into_a_plain_svg_adds_the_open_badges_namespace()
    {
        const string Svg = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle r="4"/></svg>""";

        var baked = BadgeBaker.Bake(Encoding.UTF8.GetBytes(Svg), Jws);

        var text = Encoding.UTF8.GetString(baked.Image!);
        Assert.Contains("xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\"", text, StringComparison.Ordinal);
        Assert.Equal(Jws, BadgeBaker.Unbake(baked.Image!).Credential);
    }

    [Fact]
    public void Baking_a_corrupt_image_returns_the_problem()
    {
        var image = Fixture.Bytes("1edtech-validator/ob3/simple-json.png");
        image[200] ^= 0xFF;

        var result = BadgeBaker.Bake(image, Jws);

        Assert.False(result.Succeeded);
        Assert.Equal(VerificationCodes.BakePngCrc, result.Problem!.Code);
    }

    [Theory]
    [InlineData("not a credential")]
    [InlineData("[1, 2]")]
    public void Baking_something_that_is_not_a_credential_is_a_usage_error(string credential)
    {
        Assert.Throws<ArgumentException>(() => BadgeBaker.Bake(Fixture.Bytes("1edtech-validator/ob3/simple-json.png"), credential));
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var chunk = new byte[data.Length + 12];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(data.Length + 8), Crc32.HashToUInt32(chunk.AsSpan(4, data.Length + 4)));
        return chunk;
    }

    private static IEnumerable<string> ChunkTypes(byte[] png)
    {
        var offset = 8;
        while (offset < png.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset));
            yield return Encoding.ASCII.GetString(png, offset + 4, 4);
            offset += length + 12;
        }
    }
}
