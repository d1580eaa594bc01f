using System.Text.Json.Nodes;
using Credence.Credentials.DataIntegrity;
using Credence.Credentials.Dids;
using Credence.Credentials.Jwt;
using Credence.Credentials.Keys;
using Credence.Credentials.Status;

namespace Credence.Web.Tests.Infrastructure;

/// <summary>Signed Open Badges 3.0 credentials of other issuers for the verifier tests: did:key issuers, and did:web issuers whose DID
/// document and status lists the <see cref="FakeDocumentServer"/> publishes.</summary>
public static class TestCredentials
{
    /// <summary>A 1×1 PNG to bake credentials into.</summary>
    public static byte[] Png { get; } = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    public const string AchievementName = "Network Troubleshooting";

    /// <summary>The unsigned credential: issued 1 January 2026 (before the factory's clock), optionally with an end date and a status entry.</summary>
    public static JsonObject UnsignedCredential(string issuerId, string issuerName = "Harbor Technical College", string? validUntil = null, JsonNode? status = null)
    {
        var credential = new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
            ["id"] = "urn:uuid:" + Guid.NewGuid(),
            ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
            ["issuer"] = new JsonObject { ["id"] = issuerId, ["type"] = new JsonArray("Profile"), ["name"] = issuerName },
            ["validFrom"] = "2026-01-01T00:00:00Z",
            ["name"] = AchievementName,
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = "did:example:learner-7",
                ["type"] = new JsonArray("AchievementSubject"),
                ["achievement"] = new JsonObject
                {
                    ["id"] = "https://harbor.example/achievements/network-troubleshooting",
                    ["type"] = new JsonArray("Achievement"),
                    ["name"] = AchievementName,
                    ["description"] = "Diagnose and fix faults on a small office network.",
                    ["criteria"] = new JsonObject { ["narrative"] = "Pass the practical fault-finding assessment." },
                },
            },
        };
        if (validUntil is not null)
        {
            credential["validUntil"] = validUntil;
        }

        if (status is not null)
        {
            credential["credentialStatus"] = status;
        }

        return credential;
    }

    /// <summary>A credential signed (eddsa-rdfc-2022) by a fresh did:key issuer.</summary>
    public static async Task<string> DidKeySignedAsync(string? validUntil = null)
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        var did = DidKey.Create(key);
        var signed = await DataIntegrityProofs.AddProofAsync(
            UnsignedCredential(did, validUntil: validUntil).ToJsonString(), key, new ProofOptions { VerificationMethod = DidKey.VerificationMethodId(key) });
        return signed.Text;
    }

    /// <summary>A VC-JWT signed by a fresh key embedded in its header.</summary>
    public static string Jwt()
    {
        using var key = CredentialKey.Generate(KeyType.Ed25519);
        return VcJwt.Issue(UnsignedCredential("https://harbor.example/issuers/1").ToJsonString(), key);
    }

    /// <summary>A did:web issuer on its own host, with its DID document and a revocation and a suspension list published on <paramref name="server"/>.</summary>
    public sealed class DidWebIssuer : IDisposable
    {
        private readonly CredentialKey _key = CredentialKey.Generate(KeyType.Ed25519);
        private readonly FakeDocumentServer _server;
        private readonly BitstringStatusList _revocations = new();
        private readonly BitstringStatusList _suspensions = new();
        private readonly DateTimeOffset _listsValidFrom;
        private int _next;

        public DidWebIssuer(FakeDocumentServer server, DateTimeOffset now, string? host = null, bool publish = true)
        {
            _server = server;
            _listsValidFrom = now.AddDays(-1);
            Host = host ?? $"issuer-{Guid.NewGuid():N}.example";
            Did = DidWeb.FromUrl(new Uri("https://" + Host));
            if (publish)
            {
                server.Publish($"https://{Host}/.well-known/did.json", DidWeb.BuildDocument(Did, [_key]));
            }
        }

        public string Host { get; }

        public string Did { get; }

        public string RevocationListUrl => $"https://{Host}/status/revocation";

        public string SuspensionListUrl => $"https://{Host}/status/suspension";

        /// <summary>Signs a credential with a status entry of <paramref name="purpose"/> (the OB 3.0 schema allows one entry); the lists are (re)published.</summary>
        public async Task<(string Credential, int Index)> IssueAsync(string purpose = "revocation", string? validUntil = null)
        {
            var index = Interlocked.Increment(ref _next);
            var entry = StatusListCredential.CreateEntry(purpose == "revocation" ? RevocationListUrl : SuspensionListUrl, index, purpose);
            var status = JsonNode.Parse(Credence.Credentials.Documents.CredentialJson.Serialize(entry));
            var signed = await SignAsync(UnsignedCredential(Did, validUntil: validUntil, status: status).ToJsonString());
            await PublishListsAsync();
            return (signed, index);
        }

        public async Task RevokeAsync(int index)
        {
            _revocations.Set(index, 1);
            await PublishListsAsync();
        }

        public async Task SuspendAsync(int index)
        {
            _suspensions.Set(index, 1);
            await PublishListsAsync();
        }

        public void Dispose() => _key.Dispose();

        private async Task PublishListsAsync()
        {
            _server.Publish(RevocationListUrl, await SignAsync(StatusListCredential.Create(RevocationListUrl, Did, "revocation", _revocations, _listsValidFrom)));
            _server.Publish(SuspensionListUrl, await SignAsync(StatusListCredential.Create(SuspensionListUrl, Did, "suspension", _suspensions, _listsValidFrom)));
        }

        private async Task<string> SignAsync(string json) =>
            (await DataIntegrityProofs.AddProofAsync(json, _key, new ProofOptions { VerificationMethod = Did + "#" + Multikey.EncodePublicKey(_key) })).Text;
    }
}
