using Credence.JsonLd.Json;

namespace Credence.JsonLd.Tests.Json;

public sealed class JsNumberTests
{
    [Theory]
    [InlineData(0d, "0")] // zero has no sign or fraction
    [InlineData(1d, "1")] // integral values have no fraction
    [InlineData(5.3, "5.3")] // shortest round-trip digits
    [InlineData(1e21, "1e+21")] // from 10^21 on, exponent form
    [InlineData(1e20, "100000000000000000000")] // below 10^21, all digits
    [InlineData(0.000001, "0.000001")] // down to 10^-6, plain decimals
    [InlineData(1e-7, "1e-7")] // below that, exponent form
    [InlineData(-1.5e-10, "-1.5e-10")] // negative with a fraction in the mantissa
    [InlineData(123456789012345680000d, "123456789012345680000")] // RFC 8785 Appendix B sample
    [InlineData(4.5, "4.5")] // a simple fraction
    [InlineData(2e-3, "0.002")] // leading zeros after the point
    [InlineData(9007199254740993d, "9007199254740992")] // beyond 2^53 the double's own value
    public void Numbers_are_formatted_as_ECMAScript_does(double value, string expected)
    {
        var text = JsNumber.Format(value);

        Assert.Equal(expected, text);
    }
}
