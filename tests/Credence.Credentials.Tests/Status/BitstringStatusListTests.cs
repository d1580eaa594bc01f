using System.Buffers.Text;
using System.IO.Compression;
using System.Text.Json;
using Credence.Credentials.Status;
using Credence.Credentials.Verification;

namespace Credence.Credentials.Tests.Status;

public sealed class BitstringStatusListTests
{
    [Fact]
    public void Index_zero_is_the_most_significant_bit_of_the_first_byte()
    {
        var list = new BitstringStatusList();
        list.Set(0, 1);

        BitstringStatusList.TryDecode(list.Encode(), 1, out var decoded, out _);

        Assert.Equal(0x80, Decompress(list.Encode())[0]);
        Assert.Equal(1, decoded!.Get(0));
        Assert.Equal(0, decoded.Get(1));
    }

    [Fact]
    public void A_list_round_trips_through_its_encoded_form()
    {
        var list = new BitstringStatusList();
        list.Set(23, 1);
        list.Set(131_071, 1);

        var encoded = list.Encode();
        var decoded = BitstringStatusList.TryDecode(encoded, 1, out var back, out _);

        Assert.StartsWith("u", encoded, StringComparison.Ordinal);
        Assert.True(decoded);
        Assert.Equal(131_072, back!.Length);
        Assert.Equal(1, back.Get(23));
        Assert.Equal(1, back.Get(131_071));
        Assert.Equal(0, back.Get(24));
    }

    [Fact]
    public void Multi_bit_statuses_keep_their_value()
    {
        var list = new BitstringStatusList(statusSize: 2);
        list.Set(5, 0b10);
        list.Set(6, 0b11);

        BitstringStatusList.TryDecode(list.Encode(), 2, out var back, out _);

        Assert.Equal(0b10, back!.Get(5));
        Assert.Equal(0b11, back.Get(6));
        Assert.Equal(0, back.Get(4));
    }

    [Fact]
    public void Clearing_a_status_reinstates_the_entry()
    {
        var list = new BitstringStatusList();
        list.Set(7, 1);

        list.Set(7, 0);

        Assert.Equal(0, list.Get(7));
    }

    [Fact]
    public void The_1edtech_test_list_has_entry_23_revoked()
    {
        using var credential = JsonDocument.Parse(Fixture.Text("1edtech-validator/ob3/bit-string-list/testlist"));
        var encoded = credential.RootElement.GetProperty("credentialSubject").GetProperty("encodedList").GetString();

        var decoded = BitstringStatusList.TryDecode(encoded, 1, out var list, out _);

        Assert.True(decoded);
        Assert.Equal(131_072, list!.Length);
        Assert.Equal(1, list.Get(23));
        Assert.Equal(0, list.Get(22));
    }

    [Fact]
    public void A_list_shorter_than_16_kib_is_a_length_error()
    {
        var encoded = "u" + Base64Url.EncodeToString(Compress(new byte[1024]));

        var decoded = BitstringStatusList.TryDecode(encoded, 1, out _, out var code);

        Assert.False(decoded);
        Assert.Equal(VerificationCodes.StatusListLengthError, code);
    }

    public static TheoryData<string> MalformedLists() => new(
        "", // empty
        "zH4sIAAAA", // base58btc instead of base64url
        "u!!!", // not base64url
        "u" + Base64Url.EncodeToString([1, 2, 3, 4]), // not GZIP
        "u" + Base64Url.EncodeToString(Compress(new byte[17 * 1024 * 1024]))); // a compression bomb beyond 16 MiB

    [Theory]
    [MemberData(nameof(MalformedLists))]
    public void Malformed_encoded_lists_are_rejected(string encoded)
    {
        var decoded = BitstringStatusList.TryDecode(encoded, 1, out _, out var code);

        Assert.False(decoded);
        Assert.Equal(VerificationCodes.StatusMalformedValue, code);
    }

    [Fact]
    public void Lists_below_the_minimum_length_cannot_be_created()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BitstringStatusList(1000));
    }

    private static byte[] Compress(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    private static byte[] Decompress(string encoded)
    {
        using var input = new GZipStream(new MemoryStream(Base64Url.DecodeFromChars(encoded.AsSpan(1))), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
