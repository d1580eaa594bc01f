namespace Credence.Domain.Microcredentials;

/// <summary>A level on a named proficiency scale that a learner must reach.</summary>
/// <param name="Scale">The scale's id (a built-in scale such as <c>dreyfus</c>, or one defined by the institution).</param>
/// <param name="Level">The level's id on that scale.</param>
public sealed record ProficiencyRequirement(string Scale, string Level);
