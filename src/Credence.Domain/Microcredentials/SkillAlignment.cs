namespace Credence.Domain.Microcredentials;

/// <summary>An alignment of a competency to an entry of a public skills or occupation framework.</summary>
public sealed record SkillAlignment
{
    /// <summary>The framework aligned to.</summary>
    public required SkillFramework Framework { get; init; }

    /// <summary>The entry's code in that framework (O*NET element id <c>2.A.2.a</c>, SOC code, …).</summary>
    public string? Code { get; init; }

    /// <summary>The entry's URI (ESCO skills are identified by URI).</summary>
    public string? Uri { get; init; }

    /// <summary>The entry's name in the framework.</summary>
    public string? Name { get; init; }
}

/// <summary>A public skills or occupation framework.</summary>
public enum SkillFramework
{
    /// <summary>An O*NET content-model element (skills, knowledge, work styles): <c>2.A.1.a</c>.</summary>
    OnetElement,

    /// <summary>An O*NET-SOC occupation: <c>15-1232.00</c>.</summary>
    OnetSoc,

    /// <summary>An O*NET technology skill (UNSPSC commodity).</summary>
    OnetTechnology,

    /// <summary>An ESCO skill or competence, by URI.</summary>
    EscoSkill,

    /// <summary>An ESCO occupation, by URI.</summary>
    EscoOccupation,

    /// <summary>Another framework, named in the alignment.</summary>
    Other,
}
