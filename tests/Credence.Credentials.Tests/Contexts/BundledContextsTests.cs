using System.Text.Json;
using Credence.Credentials.Contexts;

namespace Credence.Credentials.Tests.Contexts;

public sealed class BundledContextsTests
{
    public static TheoryData<string> RequiredUrls() => new(
        "https://www.w3.org/ns/credentials/v2",
        "https://www.w3.org/2018/credentials/v1",
        "https://w3id.org/security/data-integrity/v2",
        "https://w3id.org/security/multikey/v1",
        "https://w3id.org/security/jwk/v1",
        "https://www.w3.org/ns/credentials/status/v1",
        "https://w3id.org/security/suites/ed25519-2020/v1",
        "https://www.w3.org/ns/did/v1",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json",
        "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json");

    [Theory]
    [MemberData(nameof(RequiredUrls))]
    public void Every_context_an_open_badges_verifier_needs_is_bundled(string url)
    {
        var found = BundledContexts.TryGet(url, out var context);

        Assert.True(found);
        using var document = JsonDocument.Parse(context!.Json);
        Assert.True(document.RootElement.TryGetProperty("@context", out _));
    }

    [Fact]
    public void The_vc_2_0_context_is_byte_identical_to_the_published_digest()
    {
        BundledContexts.TryGet("https://www.w3.org/ns/credentials/v2", out var context);

        Assert.Equal("59955ced6697d61e03f2b2556febe5308ab16842846f5b586d7f1f7adec92734", context!.Sha256);
    }

    [Fact]
    public void Test_only_example_contexts_are_not_bundled()
    {
        var found = BundledContexts.TryGet("https://www.w3.org/ns/credentials/examples/v2", out _);

        Assert.False(found);
    }

    [Fact]
    public void Enumeration_lists_each_url_once()
    {
        var urls = BundledContexts.All.Select(c => c.Url).ToList();

        Assert.Equal(urls.Count, urls.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(16, urls.Count); // The conformance index lists 18; the two example contexts are test-only.
    }
}
