namespace Credence.Credentials.Tests;

/// <summary>Small credentials shared by tests.</summary>
internal static class Samples
{
    public const string OpenBadgeCredential = """
        {
          "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
          "id": "urn:uuid:a63a60be-f4af-491c-87fc-2c8fd3007a58",
          "type": ["VerifiableCredential", "OpenBadgeCredential"],
          "issuer": {"id": "https://credence.example.edu/issuers/north", "type": ["Profile"], "name": "North College"},
          "validFrom": "2026-01-01T00:00:00Z",
          "validUntil": "2031-01-01T00:00:00Z",
          "name": "Welding Fundamentals",
          "credentialSubject": {
            "id": "did:example:learner-42",
            "type": ["AchievementSubject"],
            "achievement": {
              "id": "https://credence.example.edu/achievements/welding-fundamentals",
              "type": ["Achievement"],
              "name": "Welding Fundamentals — Ünïcode ✓",
              "description": "Safe setup and basic joints.",
              "criteria": {"narrative": "Pass the practical assessment."}
            }
          }
        }
        """;

    public const string Vc11Credential = """
        {
          "@context": ["https://www.w3.org/2018/credentials/v1", "https://purl.imsglobal.org/spec/ob/v3p0/context.json"],
          "id": "http://example.edu/credentials/3732",
          "type": ["VerifiableCredential", "OpenBadgeCredential"],
          "issuer": {"id": "https://example.edu/issuers/565049", "type": ["Profile"], "name": "Example University"},
          "issuanceDate": "2010-01-01T00:00:00Z",
          "credentialSubject": {"id": "did:example:ebfeb1f712ebc6f1c276e12ec21", "type": ["AchievementSubject"]}
        }
        """;
}
