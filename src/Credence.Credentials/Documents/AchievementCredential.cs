using System.Text.Json;
using System.Text.Json.Serialization;

namespace Credence.Credentials.Documents;

/// <summary>An Open Badges 3.0 credential: an <c>OpenBadgeCredential</c> (also called <c>AchievementCredential</c>).</summary>
/// <remarks>Serialize with <see cref="CredentialJson"/> to get the JSON that is signed; once signed, keep the text (see <see cref="SignedCredential"/>).</remarks>
/// <seealso href="https://www.imsglobal.org/spec/ob/v3p0/#achievementcredential"/>
public sealed record AchievementCredential
{
    /// <summary>Gets the JSON-LD contexts: VC 2.0 first, then the Open Badges context.</summary>
    [JsonPropertyName("@context")]
    public IReadOnlyList<string> Context { get; init; } = ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"];

    /// <summary>Gets the credential id (a URL or <c>urn:uuid:</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the types.</summary>
    public IReadOnlyList<string> Type { get; init; } = ["VerifiableCredential", "OpenBadgeCredential"];

    /// <summary>Gets the issuer.</summary>
    [JsonConverter(typeof(ProfileOrIdConverter))]
    public required Profile Issuer { get; init; }

    /// <summary>Gets the credential's name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the credential's description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the credential's image.</summary>
    public Image? Image { get; init; }

    /// <summary>Gets when the credential becomes valid (VC 2.0 <c>validFrom</c>).</summary>
    public string? ValidFrom { get; init; }

    /// <summary>Gets when the credential stops being valid (VC 2.0 <c>validUntil</c>).</summary>
    public string? ValidUntil { get; init; }

    /// <summary>Gets when the achievement was awarded, if different from <see cref="ValidFrom"/>.</summary>
    public string? AwardedDate { get; init; }

    /// <summary>Gets third-party endorsements of the credential, each kept as signed.</summary>
    public IReadOnlyList<JsonElement>? Endorsement { get; init; }

    /// <summary>Gets third-party endorsements secured as compact JWS.</summary>
    public IReadOnlyList<string>? EndorsementJwt { get; init; }

    /// <summary>Gets the evidence of the achievement.</summary>
    public IReadOnlyList<Evidence>? Evidence { get; init; }

    /// <summary>Gets the subject.</summary>
    public required AchievementSubject CredentialSubject { get; init; }

    /// <summary>Gets the schemas the credential claims to conform to.</summary>
    public IReadOnlyList<CredentialSchema>? CredentialSchema { get; init; }

    /// <summary>Gets the status entry (revocation or suspension).</summary>
    public BitstringStatusListEntry? CredentialStatus { get; init; }

    /// <summary>Gets the embedded proofs, once signed.</summary>
    public IReadOnlyList<DataIntegrityProof>? Proof { get; init; }

    /// <summary>Gets properties this model does not name, kept so that reading and writing loses nothing.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; init; }
}
