using System.Text.Json.Serialization;

namespace Credence.Credentials.Documents;

/// <summary>The learner and what they achieved (OB 3.0 AchievementSubject).</summary>
/// <seealso href="https://www.imsglobal.org/spec/ob/v3p0/#achievementsubject"/>
public sealed record AchievementSubject
{
    /// <summary>Gets the learner's id (a DID), when known.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the types, including <c>AchievementSubject</c>.</summary>
    public IReadOnlyList<string> Type { get; init; } = ["AchievementSubject"];

    /// <summary>Gets when the activity ended.</summary>
    public string? ActivityEndDate { get; init; }

    /// <summary>Gets when the activity started.</summary>
    public string? ActivityStartDate { get; init; }

    /// <summary>Gets the credits earned.</summary>
    public decimal? CreditsEarned { get; init; }

    /// <summary>Gets the achievement.</summary>
    public required Achievement Achievement { get; init; }

    /// <summary>Gets identifiers of the learner.</summary>
    public IReadOnlyList<IdentityObject>? Identifier { get; init; }

    /// <summary>Gets an image of the learner's achievement.</summary>
    public Image? Image { get; init; }

    /// <summary>Gets a license number.</summary>
    public string? LicenseNumber { get; init; }

    /// <summary>Gets how the learner earned it.</summary>
    public string? Narrative { get; init; }

    /// <summary>Gets the learner's results.</summary>
    public IReadOnlyList<Result>? Result { get; init; }

    /// <summary>Gets the learner's role.</summary>
    public string? Role { get; init; }

    /// <summary>Gets the organization that assessed the learner.</summary>
    [JsonConverter(typeof(ProfileOrIdConverter))]
    public Profile? Source { get; init; }

    /// <summary>Gets the academic term.</summary>
    public string? Term { get; init; }
}
