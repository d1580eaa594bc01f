namespace Credence.Benchmarks;

/// <summary>A typical Open Badges 3.0 credential: issuer profile, achievement with criteria, alignment and result description, a result, a status entry.</summary>
internal static class TypicalCredential
{
    public const string Json = """
        {
          "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
          "id": "urn:uuid:2f1e6a8e-5b7c-4d0b-9a55-6f3c1c2d9e10",
          "type": ["VerifiableCredential", "OpenBadgeCredential"],
          "issuer": {"id": "did:web:credence.example.edu:institutions:north", "type": ["Profile"], "name": "North College", "url": "https://north.example.edu"},
          "validFrom": "2026-01-15T00:00:00Z",
          "name": "Welding Fundamentals",
          "credentialSubject": {
            "id": "did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi",
            "type": ["AchievementSubject"],
            "achievement": {
              "id": "https://credence.example.edu/achievements/welding-fundamentals",
              "type": ["Achievement"],
              "achievementType": "MicroCredential",
              "name": "Welding Fundamentals",
              "description": "Safe setup, basic joints and inspection of carbon steel welds.",
              "criteria": {"narrative": "Pass the practical assessment with at least 70 %."},
              "alignment": [{"type": ["Alignment"], "targetName": "Weld carbon steel", "targetUrl": "https://credentialengineregistry.org/resources/ce-1", "targetType": "ceasn:Competency"}],
              "resultDescription": [{"id": "urn:uuid:rd-1", "type": ["ResultDescription"], "name": "Final grade", "resultType": "LetterGrade", "allowedValue": ["A", "B", "C"]}]
            },
            "result": [{"type": ["Result"], "resultDescription": "urn:uuid:rd-1", "value": "A"}]
          },
          "credentialStatus": {
            "id": "https://credence.example.edu/status/1#94567",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": "94567",
            "statusListCredential": "https://credence.example.edu/status/1"
          }
        }
        """;
}
