using System.Text.Json;
using System.Text.Json.Serialization;

namespace Credence.Credentials.Documents;

/// <summary>What was achieved: a badge, certificate, course or competency (OB 3.0 Achievement).</summary>
/// <seealso href="https://www.imsglobal.org/spec/ob/v3p0/#achievement"/>
public sealed record Achievement
{
    /// <summary>Gets the achievement id (a URL).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the types, including <c>Achievement</c>.</summary>
    public IReadOnlyList<string> Type { get; init; } = ["Achievement"];

    /// <summary>Gets alignments to skills and competencies.</summary>
    public IReadOnlyList<Alignment>? Alignment { get; init; }

    /// <summary>Gets the kind (<c>Badge</c>, <c>Certificate</c>, <c>MicroCredential</c>, …).</summary>
    public string? AchievementType { get; init; }

    /// <summary>Gets the creator.</summary>
    [JsonConverter(typeof(ProfileOrIdConverter))]
    public Profile? Creator { get; init; }

    /// <summary>Gets the credits the achievement is worth.</summary>
    public decimal? CreditsAvailable { get; init; }

    /// <summary>Gets the criteria.</summary>
    public required Criteria Criteria { get; init; }

    /// <summary>Gets the description.</summary>
    public required string Description { get; init; }

    /// <summary>Gets endorsements, each kept as signed.</summary>
    public IReadOnlyList<JsonElement>? Endorsement { get; init; }

    /// <summary>Gets the field of study.</summary>
    public string? FieldOfStudy { get; init; }

    /// <summary>Gets the human-readable code.</summary>
    public string? HumanCode { get; init; }

    /// <summary>Gets the image.</summary>
    public Image? Image { get; init; }

    /// <summary>Gets the language (BCP 47).</summary>
    public string? InLanguage { get; init; }

    /// <summary>Gets the name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets other identifiers.</summary>
    public IReadOnlyList<IdentifierEntry>? OtherIdentifier { get; init; }

    /// <summary>Gets related achievements.</summary>
    public IReadOnlyList<Related>? Related { get; init; }

    /// <summary>Gets results the achievement records.</summary>
    public IReadOnlyList<ResultDescription>? ResultDescription { get; init; }

    /// <summary>Gets the specialization.</summary>
    public string? Specialization { get; init; }

    /// <summary>Gets tags.</summary>
    public IReadOnlyList<string>? Tag { get; init; }

    /// <summary>Gets the version.</summary>
    public string? Version { get; init; }
}
