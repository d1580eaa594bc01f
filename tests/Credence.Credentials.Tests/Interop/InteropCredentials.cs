using System.Text.Json.Nodes;
using Credence.Credentials.Clr;
using Credence.Credentials.DataIntegrity;
using Credence.Credentials.Dids;
using Credence.Credentials.Documents;
using Credence.Credentials.Keys;
using Credence.Credentials.Status;

namespace Credence.Credentials.Tests.Interop;

/// <summary>The varied credentials the interop tests sign on one side and verify on the other.</summary>
internal static class InteropCredentials
{
    public const string StatusListUrl = "https://credence.example.edu/status/1";
    public const string Created = "2026-01-02T03:04:05Z";
    private static readonly DateTimeOffset _created = DateTimeOffset.Parse(Created, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A minimal Open Badges 3.0 credential.</summary>
    public static string Minimal(string issuer) => With(issuer, "urn:uuid:0b3e7c1a-0000-4000-8000-000000000001", _ => { });

    /// <summary>An Open Badges 3.0 credential using the optional fields of the data model, with non-ASCII text.</summary>
    public static string Full(string issuer, JsonNode? endorsement) => With(issuer, "urn:uuid:0b3e7c1a-0000-4000-8000-000000000002", credential =>
    {
        credential["description"] = "Délivré à l'issue du module — 溶接の基礎 🔥";
        credential["image"] = new JsonObject { ["id"] = "https://credence.example.edu/images/welding.png", ["type"] = "Image", ["caption"] = "Badge" };
        credential["awardedDate"] = "2025-06-01T00:00:00Z";
        credential["validUntil"] = "2099-01-01T00:00:00Z";
        credential["credentialSchema"] = new JsonArray(new JsonObject
        {
            ["id"] = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json",
            ["type"] = "JsonSchema",
        });
        var issuerProfile = credential["issuer"]!.AsObject();
        issuerProfile["url"] = "https://credence.example.edu";
        issuerProfile["email"] = "registrar@credence.example.edu";
        issuerProfile["description"] = "Ein Kolleg im Norden.";
        issuerProfile["address"] = new JsonObject { ["type"] = new JsonArray("Address"), ["addressCountry"] = "Canada", ["addressLocality"] = "Montréal" };
        var subject = credential["credentialSubject"]!.AsObject();
        subject.Remove("id");
        subject["identifier"] = new JsonArray(new JsonObject
        {
            ["type"] = "IdentityObject",
            ["identityHash"] = "sha256$4bc7b6e8ac2ba5e0fb6bd1ee1a0e8d5fe0b3b0f4e0e2d1c5a6b7c8d9e0f1a2b3",
            ["identityType"] = "emailAddress",
            ["hashed"] = true,
            ["salt"] = "pepper",
        });
        subject["activityStartDate"] = "2025-01-06T00:00:00Z";
        subject["activityEndDate"] = "2025-05-30T00:00:00Z";
        subject["creditsEarned"] = 3.5;
        subject["licenseNumber"] = "W-42";
        subject["role"] = "Apprenti";
        subject["term"] = "Printemps 2025";
        subject["result"] = new JsonArray(
            new JsonObject { ["type"] = new JsonArray("Result"), ["resultDescription"] = "urn:uuid:rd-grade", ["value"] = "A−" },
            new JsonObject { ["type"] = new JsonArray("Result"), ["resultDescription"] = "urn:uuid:rd-rubric", ["achievedLevel"] = "urn:uuid:level-2", ["status"] = "Completed" });
        var achievement = subject["achievement"]!.AsObject();
        achievement["achievementType"] = "Competency";
        achievement["humanCode"] = "WLD-101";
        achievement["fieldOfStudy"] = "Métallurgie";
        achievement["creditsAvailable"] = 3.5;
        achievement["inLanguage"] = "fr-CA";
        achievement["version"] = "2025.1";
        achievement["tag"] = new JsonArray("welding", "soudage", "溶接");
        achievement["criteria"]!["id"] = "https://credence.example.edu/achievements/welding-fundamentals/criteria";
        achievement["alignment"] = new JsonArray(
            new JsonObject
            {
                ["type"] = new JsonArray("Alignment"),
                ["targetName"] = "Perform basic welds",
                ["targetUrl"] = "https://esco.example.org/skill/weld",
                ["targetFramework"] = "ESCO",
                ["targetCode"] = "S6.1",
                ["targetType"] = "ceasn:Competency",
                ["targetDescription"] = "Joins metal parts with arc welding.",
            });
        achievement["resultDescription"] = new JsonArray(
            new JsonObject
            {
                ["id"] = "urn:uuid:rd-grade",
                ["type"] = new JsonArray("ResultDescription"),
                ["name"] = "Final grade",
                ["resultType"] = "LetterGrade",
                ["allowedValue"] = new JsonArray("A+", "A", "A−", "B"),
            },
            new JsonObject
            {
                ["id"] = "urn:uuid:rd-rubric",
                ["type"] = new JsonArray("ResultDescription"),
                ["name"] = "Practical",
                ["resultType"] = "RubricCriterionLevel",
                ["rubricCriterionLevel"] = new JsonArray(
                    new JsonObject { ["id"] = "urn:uuid:level-1", ["type"] = new JsonArray("RubricCriterionLevel"), ["name"] = "Developing" },
                    new JsonObject { ["id"] = "urn:uuid:level-2", ["type"] = new JsonArray("RubricCriterionLevel"), ["name"] = "Proficient" }),
            });
        if (endorsement is not null)
        {
            achievement["endorsement"] = new JsonArray(endorsement.DeepClone());
        }

        credential["evidence"] = new JsonArray(new JsonObject
        {
            ["id"] = "https://credence.example.edu/evidence/42",
            ["type"] = new JsonArray("Evidence"),
            ["name"] = "Weld photo",
            ["narrative"] = "Butt joint, 6 mm plate.",
        });
    });

    /// <summary>An endorsement of the welding achievement.</summary>
    public static string Endorsement(string issuer) => $$"""
        {
          "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
          "id": "urn:uuid:0b3e7c1a-0000-4000-8000-0000000000e1",
          "type": ["VerifiableCredential", "EndorsementCredential"],
          "name": "Endorsement of Welding Fundamentals",
          "issuer": {"id": "{{issuer}}", "type": ["Profile"], "name": "Welders' Guild"},
          "validFrom": "2025-01-01T00:00:00Z",
          "credentialSubject": {
            "id": "https://credence.example.edu/achievements/welding-fundamentals",
            "type": ["EndorsementSubject"],
            "endorsementComment": "Meets the guild's standard."
          }
        }
        """;

    /// <summary>An Open Badges 3.0 credential with a Bitstring Status List entry at <paramref name="index"/>.</summary>
    public static string WithStatus(string issuer, int index) => WithStatus(issuer, index, "revocation", StatusListUrl);

    /// <summary>An Open Badges 3.0 credential with a Bitstring Status List entry of <paramref name="statusPurpose"/> at <paramref name="index"/> of the list at <paramref name="statusListUrl"/>.</summary>
    public static string WithStatus(string issuer, int index, string statusPurpose, string statusListUrl) => With(issuer, "urn:uuid:0b3e7c1a-0000-4000-8000-000000000003", credential =>
        credential["credentialStatus"] = JsonNode.Parse(CredentialJson.Serialize(StatusListCredential.CreateEntry(statusListUrl, index, statusPurpose))));

    /// <summary>A revocation status list credential with the entries given set.</summary>
    public static string StatusList(string issuer, params int[] revoked) => StatusList(issuer, "revocation", StatusListUrl, revoked);

    /// <summary>A status list credential of <paramref name="statusPurpose"/> at <paramref name="statusListUrl"/> with the entries given set.</summary>
    public static string StatusList(string issuer, string statusPurpose, string statusListUrl, params int[] set)
    {
        var list = new BitstringStatusList();
        foreach (var index in set)
        {
            list.Set(index, 1);
        }

        return StatusListCredential.Create(statusListUrl, issuer, statusPurpose, list, new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }

    /// <summary>A CLR 2.0 credential holding the signed credentials given.</summary>
    public static string Clr(string issuer, IReadOnlyList<SignedCredential> credentials) => CredentialJson.Serialize(ClrBuilder.Build(
        new ClrOptions
        {
            Id = "urn:uuid:0b3e7c1a-0000-4000-8000-0000000000c1",
            Issuer = new Profile { Id = issuer, Name = "North College — Registrar" },
            LearnerId = "did:example:learner-42",
            Name = "Welding pathway record",
            ValidFrom = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero),
            Achievements = [new Achievement { Id = "https://credence.example.edu/pathways/welding", Name = "Welding pathway", Description = "Two courses.", Criteria = new Criteria { Narrative = "Complete both." } }],
            Associations = [new Association { AssociationType = "isPartOf", SourceId = "https://credence.example.edu/achievements/welding-fundamentals", TargetId = "https://credence.example.edu/pathways/welding" }],
        },
        credentials));

    /// <summary>Signs with eddsa-rdfc-2022 and the key's did:key verification method.</summary>
    public static Task<SignedCredential> SignAsync(string credential, CredentialKey key, CancellationToken cancellationToken) =>
        SignAsync(credential, key, DidKey.VerificationMethodId(key), cancellationToken);

    /// <summary>Signs with eddsa-rdfc-2022 and the verification method given.</summary>
    public static Task<SignedCredential> SignAsync(string credential, CredentialKey key, string verificationMethod, CancellationToken cancellationToken) =>
        DataIntegrityProofs.AddProofAsync(credential, key, new ProofOptions { VerificationMethod = verificationMethod, Created = _created }, cancellationToken: cancellationToken);

    /// <summary>Changes the credential's name, keeping its proof.</summary>
    public static string Tamper(string signed)
    {
        var credential = JsonNode.Parse(signed)!;
        credential["name"] = "Master Welder";
        return credential.ToJsonString();
    }

    private static string With(string issuer, string id, Action<JsonObject> change)
    {
        var credential = JsonNode.Parse(Samples.OpenBadgeCredential)!.AsObject();
        credential["id"] = id;
        credential["issuer"]!["id"] = issuer;
        credential["validFrom"] = "2025-01-01T00:00:00Z";
        credential.Remove("validUntil");
        change(credential);
        return credential.ToJsonString();
    }
}
