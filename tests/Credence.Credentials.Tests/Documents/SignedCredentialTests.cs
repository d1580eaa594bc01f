using Credence.Credentials.Documents;

namespace Credence.Credentials.Tests.Documents;

public sealed class SignedCredentialTests
{
    [Theory]
    [InlineData("1edtech-validator/ob3/simple.json", false)]
    [InlineData("1edtech-validator/ob3/extracted-from-baked/simple-jwt-png.jwt", true)]
    public void A_signed_credential_is_kept_byte_for_byte(string fixture, bool isJwt)
    {
        var text = Fixture.Text(fixture);

        var signed = SignedCredential.FromText(text);

        Assert.Same(text, signed.Text);
        Assert.Equal(isJwt, signed.IsJwt);
    }

    [Fact]
    public void A_jwt_credential_reads_as_a_model_from_its_payload()
    {
        var signed = SignedCredential.FromText(Fixture.Text("1edtech-validator/ob3/extracted-from-baked/simple-jwt_v1-png.jwt"));

        var read = signed.TryRead<AchievementCredential>(out var credential, out _);

        Assert.True(read);
        Assert.Equal("https://example.edu/issuers/565049", credential!.Issuer.Id);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("hello")]
    public void Text_that_is_not_a_credential_is_refused(string text)
    {
        Assert.Throws<ArgumentException>(() => SignedCredential.FromText(text));
    }
}
