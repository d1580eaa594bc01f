using Credence.Credentials.Keys;

namespace Credence.Credentials.Tests.Keys;

public sealed class Base58BtcTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("00", "1")] // a leading zero byte is a leading '1'
    [InlineData("0000ff", "115Q")]
    [InlineData("48656c6c6f20576f726c6421", "2NEpo7TZRRrLZSi2U")] // "Hello World!" from the base58 draft
    public void Encoding_matches_the_draft_examples_and_decodes_back(string hex, string expected)
    {
        var bytes = Convert.FromHexString(hex);

        var encoded = Base58Btc.Encode(bytes);
        var decoded = Base58Btc.TryDecode(encoded, out var back);

        Assert.Equal(expected, encoded);
        Assert.True(decoded);
        Assert.Equal(bytes, back);
    }
}
