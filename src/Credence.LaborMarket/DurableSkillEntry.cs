using Credence.Domain.Microcredentials;

namespace Credence.LaborMarket;

/// <summary>An entry of the durable-skills list.</summary>
/// <param name="Skill">The skill as an alignment (ESCO URI or O*NET element id, and name).</param>
/// <param name="Group">Its group ("O*NET Work Styles", "thinking skills and competences", …).</param>
public sealed record DurableSkillEntry(SkillAlignment Skill, string Group);
