using System.Text.Json;
using System.Text.Json.Serialization;

namespace Credence.Credentials.Documents;

/// <summary>A CLR 2.0 credential: a learner's record bundling their credentials and achievements.</summary>
/// <remarks>Serialize with <see cref="CredentialJson"/> to get the JSON that is signed; once signed, keep the text (see <see cref="SignedCredential"/>).</remarks>
/// <seealso href="https://www.imsglobal.org/spec/clr/v2p0/#clrcredential"/>
public sealed record ClrCredential
{
    /// <summary>Gets the JSON-LD contexts: VC 2.0 first, then the Open Badges and CLR context.</summary>
    [JsonPropertyName("@context")]
    public IReadOnlyList<string> Context { get; init; } = ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"];

    /// <summary>Gets the credential id (a URL or <c>urn:uuid:</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the types.</summary>
    public IReadOnlyList<string> Type { get; init; } = ["VerifiableCredential", "ClrCredential"];

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

    /// <summary>Gets a value indicating whether the record is partial (holds only some of the learner's achievements).</summary>
    public bool? Partial { get; init; }

    /// <summary>Gets the subject.</summary>
    public required ClrSubject CredentialSubject { get; init; }

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
