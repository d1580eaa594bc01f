using System.Text.Json;
using System.Text.Json.Nodes;
using Credence.Credentials.Documents;
using Credence.Credentials.Schemas;
using Credence.Credentials.Verification;

namespace Credence.Credentials.Tests.Documents;

public sealed class CredentialJsonTests
{
    internal static AchievementCredential FullCredential() => new()
    {
        Id = "urn:uuid:2f1e6a8e-5b7c-4d0b-9a55-6f3c1c2d9e10",
        Issuer = new Profile
        {
            Id = "did:web:credence.example.edu:institutions:north",
            Name = "North College",
            Url = "https://north.example.edu",
            Email = "registrar@north.example.edu",
            Address = new Address { AddressCountry = "Canada", AddressLocality = "Montréal" },
            OtherIdentifier = [new IdentifierEntry { Identifier = "N-123", IdentifierType = "sourcedId" }],
        },
        Name = "Welding Fundamentals",
        ValidFrom = "2026-01-15T00:00:00Z",
        ValidUntil = "2031-01-15T00:00:00Z",
        AwardedDate = "2026-01-14T00:00:00Z",
        CredentialSubject = new AchievementSubject
        {
            Id = "did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi",
            Identifier = [new IdentityObject { Hashed = true, IdentityHash = "sha256$a9f3c1d2e4b5a6978877665544332211a9f3c1d2e4b5a6978877665544332211", IdentityType = "emailAddress", Salt = "pepper" }],
            Achievement = new Achievement
            {
                Id = "https://credence.example.edu/achievements/welding-fundamentals",
                AchievementType = "MicroCredential",
                Name = "Welding Fundamentals — niveau ✓",
                Description = "Safe setup and basic joints.",
                Criteria = new Criteria { Narrative = "Pass the practical assessment." },
                CreditsAvailable = 3.5m,
                Alignment = [new Alignment { TargetName = "Weld carbon steel", TargetUrl = "https://credentialengineregistry.org/resources/ce-1", TargetType = "ceasn:Competency", TargetFramework = "Trades" }],
                ResultDescription = [new ResultDescription { Id = "urn:uuid:rd-1", Name = "Final grade", ResultType = "LetterGrade", AllowedValue = ["A", "B", "C"] }],
                Tag = ["welding", "trades"],
            },
            Result = [new Result { ResultDescription = "urn:uuid:rd-1", Value = "A" }],
            Source = new Profile { Id = "did:web:credence.example.edu:institutions:north" },
        },
        Evidence = [new Evidence { Id = "https://north.example.edu/portfolio/42", Name = "Practical" }],
        CredentialStatus = new BitstringStatusListEntry
        {
            Id = "https://credence.example.edu/status/1#94567",
            StatusPurpose = "revocation",
            StatusListIndex = "94567",
            StatusListCredential = "https://credence.example.edu/status/1",
        },
    };

    [Fact]
    public void A_full_credential_serializes_to_json_the_current_schema_accepts()
    {
        var json = CredentialJson.Serialize(FullCredential());

        using var document = JsonDocument.Parse(json);
        var checks = CredentialSchemas.Validate(document.RootElement);

        Assert.All(checks, c => Assert.Equal(CheckStatus.Passed, c.Status));
    }

    [Fact]
    public void Serialization_is_deterministic_and_round_trips()
    {
        var json = CredentialJson.Serialize(FullCredential());

        var read = CredentialJson.TryDeserialize<AchievementCredential>(json, out var credential, out _);

        Assert.True(read);
        Assert.Equal(json, CredentialJson.Serialize(credential!));
    }

    [Fact]
    public void Non_ascii_text_is_written_unescaped_and_absent_values_are_omitted()
    {
        var json = CredentialJson.Serialize(FullCredential());

        Assert.Contains("niveau ✓", json, StringComparison.Ordinal);
        Assert.Contains("Montréal", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.Contains("\"creditsAvailable\": 3.5", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_context_and_type_come_first_as_the_data_model_shows_them()
    {
        var json = JsonNode.Parse(CredentialJson.Serialize(FullCredential()))!.AsObject();

        Assert.Equal(["@context", "id", "type", "issuer"], json.Select(p => p.Key).Take(4));
        Assert.Equal("https://www.w3.org/ns/credentials/v2", json["@context"]![0]!.GetValue<string>());
    }

    [Fact]
    public void The_1edtech_simple_fixture_reads_into_the_model_with_its_proof()
    {
        var read = CredentialJson.TryDeserialize<AchievementCredential>(Fixture.Text("1edtech-validator/ob3/simple.json"), out var credential, out var error);

        Assert.True(read, error);
        Assert.Equal("https://example.com/issuers/876543", credential!.Issuer.Id);
        Assert.Equal("eddsa-rdfc-2022", credential.Proof![0].Cryptosuite);
        Assert.Equal("https://example.com/achievements/21st-century-skills/teamwork", credential.CredentialSubject.Achievement.Id);
    }

    [Fact]
    public void An_issuer_given_as_its_id_alone_is_read()
    {
        var json = JsonNode.Parse(CredentialJson.Serialize(FullCredential()))!;
        json["issuer"] = "did:web:credence.example.edu";

        CredentialJson.TryDeserialize<AchievementCredential>(json.ToJsonString(), out var credential, out _);

        Assert.Equal("did:web:credence.example.edu", credential!.Issuer.Id);
    }

    [Fact]
    public void A_credential_with_a_custom_property_keeps_it()
    {
        var json = JsonNode.Parse(CredentialJson.Serialize(FullCredential()))!;
        json["termsOfUse"] = new JsonObject { ["type"] = "TrustFrameworkPolicy" };

        CredentialJson.TryDeserialize<AchievementCredential>(json.ToJsonString(), out var credential, out _);

        Assert.Contains("termsOfUse", CredentialJson.Serialize(credential!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"id\": \"urn:x\"}")] // required members missing
    [InlineData("{\"id\": 5, \"issuer\": \"did:x\", \"credentialSubject\": {}}")] // wrong type
    [InlineData("[]")] // not an object
    [InlineData("{\"id\":")] // truncated
    public void Wrong_or_truncated_json_is_refused_with_an_error(string json)
    {
        var read = CredentialJson.TryDeserialize<AchievementCredential>(json, out _, out var error);

        Assert.False(read);
        Assert.NotNull(error);
    }

    [Fact]
    public void A_clr_with_nested_credentials_and_associations_round_trips_with_the_nested_credential_unchanged()
    {
        var nested = JsonDocument.Parse(Fixture.Text("1edtech-validator/ob3/simple.json")).RootElement;
        var clr = new ClrCredential
        {
            Id = "urn:uuid:clr-1",
            Issuer = new Profile { Id = "did:web:credence.example.edu" },
            Name = "Welding pathway record",
            ValidFrom = "2026-06-01T00:00:00Z",
            CredentialSubject = new ClrSubject
            {
                Id = "did:example:learner-42",
                VerifiableCredential = [nested],
                Achievement = [new Achievement { Id = "https://credence.example.edu/pathways/welding", Name = "Welding pathway", Description = "Three courses.", Criteria = new Criteria { Narrative = "Complete all." } }],
                Association = [new Association { AssociationType = "isPartOf", SourceId = "https://example.com/achievements/21st-century-skills/teamwork", TargetId = "https://credence.example.edu/pathways/welding" }],
            },
        };

        var json = CredentialJson.Serialize(clr);
        CredentialJson.TryDeserialize<ClrCredential>(json, out var back, out _);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(nested.GetRawText()), JsonNode.Parse(back!.CredentialSubject.VerifiableCredential[0].GetRawText())));
        Assert.Equal("isPartOf", back.CredentialSubject.Association![0].AssociationType);
        using var document = JsonDocument.Parse(json);
        Assert.All(CredentialSchemas.Validate(document.RootElement), c => Assert.Equal(CheckStatus.Passed, c.Status));
    }
}
