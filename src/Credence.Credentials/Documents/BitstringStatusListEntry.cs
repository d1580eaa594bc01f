using System.Text.Json.Serialization;

namespace Credence.Credentials.Documents;

/// <summary>A <c>credentialStatus</c> entry pointing into a Bitstring Status List.</summary>
/// <seealso href="https://www.w3.org/TR/vc-bitstring-status-list/#bitstringstatuslistentry"/>
public sealed record BitstringStatusListEntry
{
    /// <summary>Gets the entry's id (the list URL with the index as fragment), optional since OB 3.0 document version 1.4.</summary>
    [JsonPropertyName("id")]
    [JsonPropertyOrder(0)]
    public string? Id { get; init; }

    /// <summary>Gets the type, <c>BitstringStatusListEntry</c>.</summary>
    [JsonPropertyName("type")]
    [JsonPropertyOrder(1)]
    public string Type { get; init; } = "BitstringStatusListEntry";

    /// <summary>Gets the purpose: <c>revocation</c>, <c>suspension</c>, <c>refresh</c> or <c>message</c>.</summary>
    [JsonPropertyName("statusPurpose")]
    [JsonPropertyOrder(2)]
    public required string StatusPurpose { get; init; }

    /// <summary>Gets the index in the list, as the decimal string the spec requires.</summary>
    [JsonPropertyName("statusListIndex")]
    [JsonPropertyOrder(3)]
    public required string StatusListIndex { get; init; }

    /// <summary>Gets the URL of the status list credential.</summary>
    [JsonPropertyName("statusListCredential")]
    [JsonPropertyOrder(4)]
    public required string StatusListCredential { get; init; }

    /// <summary>Gets the bits per status when more than 1.</summary>
    [JsonPropertyName("statusSize")]
    [JsonPropertyOrder(5)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? StatusSize { get; init; }
}
