using System.Text.Json.Serialization;

namespace Credence.Credentials.Documents;

/// <summary>A person or organization: the issuer, a creator, an endorser (OB 3.0 Profile).</summary>
/// <seealso href="https://www.imsglobal.org/spec/ob/v3p0/#profile"/>
public sealed record Profile
{
    /// <summary>Gets the profile id (a DID or URL).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the types, including <c>Profile</c>.</summary>
    public IReadOnlyList<string> Type { get; init; } = ["Profile"];

    /// <summary>Gets the name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the homepage.</summary>
    public string? Url { get; init; }

    /// <summary>Gets the phone number.</summary>
    public string? Phone { get; init; }

    /// <summary>Gets the description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the image.</summary>
    public Image? Image { get; init; }

    /// <summary>Gets the e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Gets the postal address.</summary>
    public Address? Address { get; init; }

    /// <summary>Gets other identifiers.</summary>
    public IReadOnlyList<IdentifierEntry>? OtherIdentifier { get; init; }

    /// <summary>Gets the official who signs for the organization.</summary>
    public string? Official { get; init; }

    /// <summary>Gets the parent organization.</summary>
    [JsonConverter(typeof(ProfileOrIdConverter))]
    public Profile? ParentOrg { get; init; }

    /// <summary>Gets a person's family name.</summary>
    public string? FamilyName { get; init; }

    /// <summary>Gets a person's given name.</summary>
    public string? GivenName { get; init; }

    /// <summary>Gets a person's date of birth.</summary>
    public string? DateOfBirth { get; init; }
}
