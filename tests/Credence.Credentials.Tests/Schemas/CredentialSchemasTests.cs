using System.Text.Json;
using Credence.Credentials.Schemas;
using Credence.Credentials.Verification;

namespace Credence.Credentials.Tests.Schemas;

public sealed class CredentialSchemasTests
{
    [Theory]
    [InlineData("1edtech-validator/ob3/simple.json")]
    [InlineData("1edtech-validator/ob3/complete.json")]
    [InlineData("1edtech-validator/ob3/endorsement-valid.json")]
    [InlineData("1edtech-validator/clr2/simple.json")]
    public void Valid_1edtech_fixtures_pass_the_current_schemas(string fixture)
    {
        using var credential = JsonDocument.Parse(Fixture.Text(fixture));

        var checks = CredentialSchemas.Validate(credential.RootElement);

        Assert.All(checks, c => Assert.Equal((VerificationCodes.Ob3Schema, CheckStatus.Passed), (c.Code, c.Status)));
    }

    [Theory]
    [InlineData("1edtech-validator/ob3/simple-err-issuer-type.json", "/issuer")] // issuer type InvalidProfile
    [InlineData("1edtech-validator/ob3/simple-err-credential-subject-type.json", "/credentialSubject")] // subject type InvalidAchievementSubject
    [InlineData("1edtech-validator/ob3/simple-err-issuer.json", "")] // no issuer
    public void Negative_1edtech_fixtures_fail_with_the_location_of_the_error(string fixture, string pathPrefix)
    {
        using var credential = JsonDocument.Parse(Fixture.Text(fixture));

        var checks = CredentialSchemas.Validate(credential.RootElement);

        Assert.All(checks, c => Assert.Equal(CheckStatus.Failed, c.Status));
        Assert.Contains(checks, c => c.Path!.StartsWith(pathPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public void A_vc_1_1_credential_skips_the_vc_2_0_schemas()
    {
        using var credential = JsonDocument.Parse(Samples.Vc11Credential);

        var checks = CredentialSchemas.Validate(credential.RootElement);

        Assert.Equal(CheckStatus.Skipped, Assert.Single(checks).Status);
    }

    [Fact]
    public void A_listed_bundled_schema_is_applied_and_an_unknown_one_is_skipped()
    {
        using var credential = JsonDocument.Parse("""
            {
              "@context": ["https://www.w3.org/ns/credentials/v2"],
              "type": ["VerifiableCredential", "OpenBadgeCredential"],
              "credentialSchema": [
                {"id": "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json", "type": "1EdTechJsonSchemaValidator2019"},
                {"id": "https://example.edu/schemas/custom.json", "type": "1EdTechJsonSchemaValidator2019"}
              ]
            }
            """);

        var checks = CredentialSchemas.ValidateCredentialSchemas(credential.RootElement);

        Assert.Contains(checks, c => c is { Code: VerificationCodes.Ob3CredentialSchema, Status: CheckStatus.Failed });
        Assert.Contains(checks, c => c is { Code: VerificationCodes.Ob3CredentialSchema, Status: CheckStatus.Skipped, Path: "/credentialSchema/1" });
    }

    [Fact]
    public void The_schema_is_chosen_by_type()
    {
        using var clr = JsonDocument.Parse("""{"type": ["VerifiableCredential", "ClrCredential"]}""");
        using var endorsement = JsonDocument.Parse("""{"type": ["VerifiableCredential", "EndorsementCredential"]}""");
        using var other = JsonDocument.Parse("""{"type": "VerifiableCredential"}""");

        Assert.Equal(CredentialSchemaKind.ClrCredential, CredentialSchemas.Detect(clr.RootElement));
        Assert.Equal(CredentialSchemaKind.EndorsementCredential, CredentialSchemas.Detect(endorsement.RootElement));
        Assert.Null(CredentialSchemas.Detect(other.RootElement));
    }
}
