using System.Text.Json.Nodes;

namespace Credence.Cli.Tests.Commands;

/// <summary>Unsigned credentials and files the credential verbs' tests work with.</summary>
internal static class CredentialSamples
{
    public const string Svg = """<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>""";

    /// <summary>A 1×1 PNG image.</summary>
    public static byte[] Png { get; } = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>An Open Badges 3.0 credential issued by <paramref name="issuer"/>.</summary>
    public static string Credential(string issuer, string id = "urn:uuid:a63a60be-f4af-491c-87fc-2c8fd3007a58", JsonNode? status = null)
    {
        var credential = new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
            ["id"] = id,
            ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
            ["issuer"] = new JsonObject { ["id"] = issuer, ["type"] = new JsonArray("Profile"), ["name"] = "North College" },
            ["validFrom"] = "2026-01-01T00:00:00Z",
            ["name"] = "Welding Fundamentals",
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = "did:example:learner-42",
                ["type"] = new JsonArray("AchievementSubject"),
                ["achievement"] = new JsonObject
                {
                    ["id"] = "https://credence.example.edu/achievements/welding-fundamentals",
                    ["type"] = new JsonArray("Achievement"),
                    ["name"] = "Welding Fundamentals — Ünïcode ✓",
                    ["description"] = "Safe setup and basic joints.",
                    ["criteria"] = new JsonObject { ["narrative"] = "Pass the practical assessment." },
                },
            },
        };
        if (status is not null)
        {
            credential["credentialStatus"] = status;
        }

        return credential.ToJsonString();
    }
}
