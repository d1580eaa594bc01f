using Credence.Domain.Microcredentials;

namespace Credence.LaborMarket.Model;

/// <summary>An entry of the durable-skills list: ESCO transversal skills, O*NET basic and cross-functional skills and work styles.</summary>
internal sealed record DurableSkill(SkillFramework Framework, string Code, string Name, string Group);
