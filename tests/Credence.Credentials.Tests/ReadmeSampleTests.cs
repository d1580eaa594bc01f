using Credence.Credentials.Baking;
using Credence.Credentials.Dids;
using Credence.Credentials.Jwt;
using Credence.Credentials.Keys;

namespace Credence.Credentials.Tests;

/// <summary>The usage sample of <c>src/Credence.Credentials/README.md</c>, kept compiling and passing here.</summary>
public sealed class ReadmeSampleTests
{
    [Fact]
    public async Task The_readme_sample_issues_bakes_unbakes_and_verifies_a_badge()
    {
        var credentialJson = Samples.OpenBadgeCredential;
        var badgePng = Fixture.Bytes("1edtech-validator/ob3/simple-json.png");
        var cancellationToken = TestContext.Current.CancellationToken;

        // Sample start
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var keyFile = new KeyFile(DidKey.VerificationMethodId(key), DidKey.Create(key), key).ToJson();

        var jwt = VcJwt.Issue(credentialJson, key, new JwtIssueOptions { KeyId = DidKey.VerificationMethodId(key) });
        var baked = BadgeBaker.Bake(badgePng, jwt);

        var unbaked = BadgeBaker.Unbake(baked.Image!);
        var result = await VcJwt.VerifyAsync(unbaked.Credential!, new JwtVerifyOptions(), cancellationToken);
        // result.Report.IsVerified is true; result.Report.Checks lists every check with its code.
        // Sample end

        Assert.Contains("secretKeyMultibase", keyFile, StringComparison.Ordinal);
        Assert.True(result.Report.IsVerified);
    }
}
