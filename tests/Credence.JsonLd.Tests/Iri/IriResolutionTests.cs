using Credence.JsonLd.Iri;

namespace Credence.JsonLd.Tests.Iri;

public sealed class IriResolutionTests
{
    private const string Base = "http://a/b/c/d;p?q";

    [Theory]
    [InlineData("g:h", "g:h")] // RFC 3986 §5.4.1: a reference with a scheme
    [InlineData("g", "http://a/b/c/g")] // a relative path
    [InlineData("./g", "http://a/b/c/g")] // a leading "./"
    [InlineData("g/", "http://a/b/c/g/")] // a trailing slash is kept
    [InlineData("/g", "http://a/g")] // an absolute path
    [InlineData("//g", "http://g")] // a network-path reference
    [InlineData("?y", "http://a/b/c/d;p?y")] // a query only
    [InlineData("g?y", "http://a/b/c/g?y")] // a path and query
    [InlineData("#s", "http://a/b/c/d;p?q#s")] // a fragment only keeps the base query
    [InlineData("", "http://a/b/c/d;p?q")] // the empty reference is the base
    [InlineData("..", "http://a/b/")] // ".." as a whole segment
    [InlineData("../..", "http://a/")] // two levels up
    [InlineData("../../../g", "http://a/g")] // §5.4.2: more ".." than segments
    [InlineData("/./g", "http://a/g")] // a dot segment in an absolute path
    [InlineData("g.", "http://a/b/c/g.")] // a dot inside a segment is not a dot segment
    [InlineData("..g", "http://a/b/c/..g")] // neither is ".." as a prefix
    [InlineData("./g/.", "http://a/b/c/g/")] // a final "." leaves the slash
    [InlineData("g;x=1/../y", "http://a/b/c/y")] // ".." removes the segment with parameters
    [InlineData("http:g", "http:g")] // strict parsers never drop a scheme
    public void Resolution_follows_RFC_3986_section_5_4(string reference, string expected)
    {
        var resolved = IriResolution.Resolve(Base, reference);

        Assert.Equal(expected, resolved);
    }

    [Fact]
    public void Resolution_keeps_characters_that_System_Uri_would_rewrite()
    {
        var resolved = IriResolution.Resolve("https://example.test/a/", "b%7e/c%2F d/ünï");

        Assert.Equal("https://example.test/a/b%7e/c%2F d/ünï", resolved);
    }

    [Fact]
    public void Without_a_base_the_reference_is_returned_unchanged()
    {
        var resolved = IriResolution.Resolve(null, "../relative");

        Assert.Equal("../relative", resolved);
    }
}
