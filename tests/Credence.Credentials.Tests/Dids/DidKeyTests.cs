using Credence.Credentials.Dids;
using Credence.Credentials.Keys;
using Credence.Credentials.Verification;

namespace Credence.Credentials.Tests.Dids;

public sealed class DidKeyTests
{
    [Theory]
    [InlineData(KeyType.Ed25519)]
    [InlineData(KeyType.P256)]
    public void A_did_key_resolves_offline_to_its_own_public_key(KeyType type)
    {
        using var key = CredentialKey.Generate(type);
        var methodId = DidKey.VerificationMethodId(key);

        var resolution = DidKey.Resolve(methodId);

        Assert.Null(resolution.Problem);
        Assert.Equal(methodId, resolution.Method!.Id);
        Assert.True(resolution.Method.Key.Verify([7], key.Sign([7])));
        Assert.Contains(methodId, resolution.Document!.AssertionMethods);
    }

    [Fact]
    public void The_verification_method_id_repeats_the_key_as_fragment()
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);

        var methodId = DidKey.VerificationMethodId(key);

        var multibase = Multikey.EncodePublicKey(key);
        Assert.Equal($"did:key:{multibase}#{multibase}", methodId);
    }

    [Fact]
    public void The_1edtech_fixture_did_key_resolves_to_its_published_key()
    {
        const string did = "did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi";

        var resolution = DidKey.Resolve(did + "#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi");

        Assert.Equal("4bdeafde2ea8beefadd8c699b5c7e0704cf51154d52e17b20b71337ca04cc5a5", Convert.ToHexStringLower(resolution.Method!.Key.ExportPublicKey()));
    }

    [Theory]
    [InlineData("did:key:zBAD0", VerificationCodes.KeyInvalidMultibase)] // not base58
    [InlineData("did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi#z6MkOther", VerificationCodes.DidMethodNotFound)] // fragment names another key
    [InlineData("did:web:example.edu", VerificationCodes.DidInvalid)] // another method
    public void Invalid_did_keys_fail_with_a_stable_code(string didUrl, string expectedCode)
    {
        var resolution = DidKey.Resolve(didUrl);

        Assert.Equal(CheckStatus.Failed, resolution.Problem!.Status);
        Assert.Equal(expectedCode, resolution.Problem.Code);
    }
}
