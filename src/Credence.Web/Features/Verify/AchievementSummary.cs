namespace Credence.Web.Features.Verify;

/// <summary>What a credential certifies: the achievement, its criteria and the skills it is aligned to.</summary>
/// <param name="Id">The achievement's identifier.</param>
/// <param name="Name">Its name.</param>
/// <param name="Description">Its description.</param>
/// <param name="AchievementType">Its kind (<c>Certificate</c>, <c>Badge</c>, <c>Competency</c>, …).</param>
/// <param name="Criteria">The criteria narrative: what the learner had to do.</param>
/// <param name="Skills">The names of the skills and frameworks it is aligned to.</param>
/// <param name="ImageUrl">The badge image, when it is a web address.</param>
internal sealed record AchievementSummary(
    string? Id, string? Name, string? Description, string? AchievementType, string? Criteria, IReadOnlyList<string> Skills, string? ImageUrl);
