using System.Text.Json;
using System.Text.Json.Nodes;
using Credence.Credentials.Clr;
using Credence.Credentials.DataIntegrity;
using Credence.Credentials.Dids;
using Credence.Credentials.Documents;
using Credence.Credentials.Jwt;
using Credence.Credentials.Keys;
using Credence.Credentials.Verification;
using Microsoft.Extensions.Time.Testing;

namespace Credence.Credentials.Tests.Clr;

public sealed class ClrBuilderTests
{
    private const string Pathway = "https://credence.example.edu/pathways/welding";

    [Fact]
    public async Task A_pathway_record_of_signed_credentials_is_signed_and_verifies_with_its_nested_credentials()
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var issuer = DidKey.Create(key);
        var course1 = await SignCourseAsync(key, issuer, "welding-1", "urn:uuid:c1");
        var course2 = await SignCourseAsync(key, issuer, "welding-2", "urn:uuid:c2");
        var options = new ClrOptions
        {
            Id = "urn:uuid:clr-1",
            Issuer = new Profile { Id = issuer, Name = "North College" },
            LearnerId = "did:example:learner-42",
            Name = "Welding pathway",
            ValidFrom = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero),
            Achievements = [new Achievement { Id = Pathway, Name = "Welding pathway", Description = "Two courses.", Criteria = new Criteria { Narrative = "Complete both." } }],
            Associations =
            [
                new Association { AssociationType = "isPartOf", SourceId = "https://credence.example.edu/achievements/welding-1", TargetId = Pathway },
                new Association { AssociationType = "isPartOf", SourceId = "https://credence.example.edu/achievements/welding-2", TargetId = Pathway },
                new Association { AssociationType = "precedes", SourceId = "https://credence.example.edu/achievements/welding-1", TargetId = "https://credence.example.edu/achievements/welding-2" },
            ],
        };

        var clr = ClrBuilder.Build(options, [course1, course2]);
        var signed = await DataIntegrityProofs.AddProofAsync(CredentialJson.Serialize(clr), key, new ProofOptions { VerificationMethod = DidKey.VerificationMethodId(key) }, cancellationToken: TestContext.Current.CancellationToken);
        var report = await new CredentialVerifier(new VerifierOptions { TimeProvider = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero)) }).VerifyAsync(signed.Text, TestContext.Current.CancellationToken);

        Assert.True(report.IsVerified, string.Join("\n", report.Checks.Where(c => c.Status is not (CheckStatus.Passed or CheckStatus.Skipped))));
        Assert.Contains(report.Checks, c => c is { Code: VerificationCodes.Ob3Proof, Status: CheckStatus.Passed, Path: "/credentialSubject/verifiableCredential/0/proof" });
        Assert.Contains(report.Checks, c => c is { Code: VerificationCodes.Ob3Proof, Status: CheckStatus.Passed, Path: "/credentialSubject/verifiableCredential/1/proof" });
        Assert.Equal(CheckStatus.Passed, report.Checks.First(c => c.Code == VerificationCodes.Ob3Schema).Status);
    }

    [Fact]
    public async Task A_tampered_nested_credential_fails_the_record()
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var issuer = DidKey.Create(key);
        var course = await SignCourseAsync(key, issuer, "welding-1", "urn:uuid:c1");
        var tampered = JsonNode.Parse(course.Text)!;
        tampered["name"] = "Master Welder";
        var clr = ClrBuilder.Build(Options(issuer), [SignedCredential.FromText(tampered.ToJsonString())]);
        var signed = await DataIntegrityProofs.AddProofAsync(CredentialJson.Serialize(clr), key, new ProofOptions { VerificationMethod = DidKey.VerificationMethodId(key) }, cancellationToken: TestContext.Current.CancellationToken);

        var report = await new CredentialVerifier().VerifyAsync(signed.Text, TestContext.Current.CancellationToken);

        Assert.Contains(report.Checks, c => c is { Code: VerificationCodes.ProofVerificationError } && c.Path!.StartsWith("/credentialSubject/verifiableCredential/0", StringComparison.Ordinal));
    }

    [Fact]
    public void A_vc_jwt_cannot_be_bundled_because_clr_2_0_carries_json_objects()
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var jwt = SignedCredential.FromText(VcJwt.Issue(Course(DidKey.Create(key), "welding-1", "urn:uuid:c1"), key));

        Assert.Throws<ArgumentException>(() => ClrBuilder.Build(Options(DidKey.Create(key)), [jwt]));
    }

    [Theory]
    [InlineData("isPartOf", "https://credence.example.edu/achievements/unknown")] // an achievement the record does not hold
    [InlineData("isFriendOf", "https://credence.example.edu/pathways/welding")] // an unknown association type
    public async Task Associations_must_name_known_achievements_and_types(string type, string target)
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var course = await SignCourseAsync(key, DidKey.Create(key), "welding-1", "urn:uuid:c1");
        var options = Options(DidKey.Create(key)) with
        {
            Associations = [new Association { AssociationType = type, SourceId = "https://credence.example.edu/achievements/welding-1", TargetId = target }],
        };

        Assert.Throws<ArgumentException>(() => ClrBuilder.Build(options, [course]));
    }

    private static ClrOptions Options(string issuer) => new()
    {
        Id = "urn:uuid:clr-2",
        Issuer = new Profile { Id = issuer },
        LearnerId = "did:example:learner-42",
        Name = "Welding pathway",
        ValidFrom = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero),
        Achievements = [new Achievement { Id = Pathway, Name = "Welding pathway", Description = "Two courses.", Criteria = new Criteria { Narrative = "Complete both." } }],
    };

    private static string Course(string issuer, string slug, string id)
    {
        var credential = JsonNode.Parse(Samples.OpenBadgeCredential)!;
        credential["id"] = id;
        credential["issuer"]!["id"] = issuer;
        credential["credentialSubject"]!["achievement"]!["id"] = "https://credence.example.edu/achievements/" + slug;
        return credential.ToJsonString();
    }

    private static Task<SignedCredential> SignCourseAsync(CredentialKey key, string issuer, string slug, string id) =>
        DataIntegrityProofs.AddProofAsync(Course(issuer, slug, id), key, new ProofOptions { VerificationMethod = DidKey.VerificationMethodId(key) }, cancellationToken: TestContext.Current.CancellationToken);
}
