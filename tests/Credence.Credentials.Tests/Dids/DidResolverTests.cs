using Credence.Credentials.Dids;
using Credence.Credentials.Verification;

namespace Credence.Credentials.Tests.Dids;

public sealed class DidResolverTests
{
    [Theory]
    [InlineData("did:example:z6MkrvfzkMnvCroEUP2DVc9SHPE48CRsvHiVSusHioxTYu1x", CheckStatus.NotChecked, VerificationCodes.DidUnsupportedMethod)] // 1EdTech unknown-did-method fixture
    [InlineData("did:web:example.edu#key-1", CheckStatus.NotChecked, VerificationCodes.FetchOffline)] // did:web while offline
    [InlineData("z6MkrvfzkMnvCroEUP2DVc9SHPE48CRsvHiVSusHioxTYu1x", CheckStatus.Failed, VerificationCodes.DidInvalid)] // 1EdTech no-scheme fixture
    public async Task Identifiers_that_cannot_be_resolved_say_whether_they_are_invalid_or_merely_unchecked(string didUrl, CheckStatus status, string code)
    {
        var resolver = new DidResolver(fetcher: null);

        var resolution = await resolver.ResolveAsync(didUrl, TestContext.Current.CancellationToken);

        Assert.Equal(status, resolution.Problem!.Status);
        Assert.Equal(code, resolution.Problem.Code);
    }

    [Fact]
    public async Task A_did_key_resolves_without_a_fetcher()
    {
        var resolver = new DidResolver(fetcher: null);

        var resolution = await resolver.ResolveAsync("did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi", TestContext.Current.CancellationToken);

        Assert.NotNull(resolution.Method);
    }
}
