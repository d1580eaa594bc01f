using System.Text;
using Credence.Credentials.Dids;
using Credence.Credentials.Fetching;
using Credence.Credentials.Keys;
using Credence.Credentials.Verification;

namespace Credence.Credentials.Tests.Dids;

public sealed class DidWebTests
{
    [Theory]
    [InlineData("https://example.edu/", "did:web:example.edu")]
    [InlineData("https://example.edu:8443/issuers/north", "did:web:example.edu%3A8443:issuers:north")] // port encoded, path to colons
    public void The_did_is_derived_from_the_public_url(string url, string expected)
    {
        var did = DidWeb.FromUrl(new Uri(url));

        Assert.Equal(expected, did);
    }

    [Theory]
    [InlineData("did:web:example.edu", "https://example.edu/.well-known/did.json")]
    [InlineData("did:web:example.edu%3A8443:issuers:north", "https://example.edu:8443/issuers/north/did.json")]
    public void The_document_url_follows_the_method_spec(string did, string expected)
    {
        var valid = DidWeb.TryGetDocumentUrl(did, out var url);

        Assert.True(valid);
        Assert.Equal(expected, url!.AbsoluteUri);
    }

    [Theory]
    [InlineData("did:web:")] // no domain
    [InlineData("did:web:example.edu:..:etc")] // path traversal
    [InlineData("did:web:example.edu::x")] // empty segment
    [InlineData("did:key:z6Mk")] // another method
    public void Malformed_did_webs_have_no_document_url(string did)
    {
        var valid = DidWeb.TryGetDocumentUrl(did, out _);

        Assert.False(valid);
    }

    [Fact]
    public async Task A_published_document_resolves_back_to_every_key()
    {
        using var ed = CredentialKey.Generate(KeyType.Ed25519);
        using var rsa = CredentialKey.Generate(KeyType.Rsa);
        const string did = "did:web:credence.example.edu:institutions:north";
        var document = DidWeb.BuildDocument(did, [ed, rsa]);
        var fetcher = new StaticDocumentFetcher([new("https://credence.example.edu/institutions/north/did.json", Encoding.UTF8.GetBytes(document))]);

        var edResolution = await DidWeb.ResolveAsync(did + "#" + Multikey.EncodePublicKey(ed), fetcher, TestContext.Current.CancellationToken);
        var rsaResolution = await DidWeb.ResolveAsync(did + "#" + JsonWebKey.Thumbprint(rsa), fetcher, TestContext.Current.CancellationToken);

        Assert.True(edResolution.Method!.Key.Verify([1], ed.Sign([1])));
        Assert.True(rsaResolution.Method!.Key.Verify([1], rsa.Sign([1])));
        Assert.Equal(2, edResolution.Document!.AssertionMethods.Count);
    }

    [Fact]
    public async Task A_document_published_for_another_did_is_invalid()
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var document = DidWeb.BuildDocument("did:web:attacker.example", [key]);
        var fetcher = new StaticDocumentFetcher([new("https://example.edu/.well-known/did.json", Encoding.UTF8.GetBytes(document))]);

        var resolution = await DidWeb.ResolveAsync("did:web:example.edu", fetcher, TestContext.Current.CancellationToken);

        Assert.Equal(CheckStatus.Failed, resolution.Problem!.Status);
        Assert.Equal(VerificationCodes.DidDocumentInvalid, resolution.Problem.Code);
    }

    [Fact]
    public async Task A_method_missing_from_the_document_is_not_found()
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var fetcher = new StaticDocumentFetcher([new("https://example.edu/.well-known/did.json", Encoding.UTF8.GetBytes(DidWeb.BuildDocument("did:web:example.edu", [key])))]);

        var resolution = await DidWeb.ResolveAsync("did:web:example.edu#key-9", fetcher, TestContext.Current.CancellationToken);

        Assert.Equal(VerificationCodes.DidMethodNotFound, resolution.Problem!.Code);
    }

    [Fact]
    public async Task An_unreachable_document_is_not_checked_rather_than_failed()
    {
        var fetcher = new StaticDocumentFetcher([]);

        var resolution = await DidWeb.ResolveAsync("did:web:example.edu", fetcher, TestContext.Current.CancellationToken);

        Assert.Equal(CheckStatus.NotChecked, resolution.Problem!.Status);
        Assert.Equal(VerificationCodes.FetchUnavailable, resolution.Problem.Code);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    public async Task A_document_that_is_not_a_did_document_is_invalid(string content)
    {
        var fetcher = new StaticDocumentFetcher([new("https://example.edu/.well-known/did.json", Encoding.UTF8.GetBytes(content))]);

        var resolution = await DidWeb.ResolveAsync("did:web:example.edu", fetcher, TestContext.Current.CancellationToken);

        Assert.Equal(VerificationCodes.DidDocumentInvalid, resolution.Problem!.Code);
    }
}
