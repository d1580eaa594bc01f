namespace Credence.Domain.Microcredentials;

/// <summary>A skill a holder can demonstrate, at a required proficiency level.</summary>
public sealed record Competency
{
    /// <summary>An identifier unique within the microcredential.</summary>
    public required string Id { get; init; }

    /// <summary>What the learner can do, as an observable statement ("Configure a small office network …").</summary>
    public required string Statement { get; init; }

    /// <summary>Technical (occupation-specific) or durable (transferable, 21st-century) skill.</summary>
    public CompetencyKind Kind { get; init; } = CompetencyKind.Technical;

    /// <summary>The proficiency a learner must reach on a named scale.</summary>
    public ProficiencyRequirement? RequiredProficiency { get; init; }

    /// <summary>Alignments to public skill and occupation frameworks.</summary>
    public IReadOnlyList<SkillAlignment> Alignments { get; init; } = [];
}

/// <summary>The kind of a competency.</summary>
public enum CompetencyKind
{
    /// <summary>An occupation-specific, technical skill.</summary>
    Technical,

    /// <summary>A durable, transferable skill (communication, teamwork, critical thinking, …).</summary>
    Durable,
}
