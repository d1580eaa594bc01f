namespace Credence.Domain.Microcredentials;

/// <summary>Academic credit a microcredential carries and where it articulates.</summary>
public sealed record Credit
{
    /// <summary>Whether it carries academic credit.</summary>
    public bool CreditBearing { get; init; }

    /// <summary>Credit hours (semester credit hours in the US).</summary>
    public decimal? CreditHours { get; init; }

    /// <summary>Whether credit for prior learning is accepted toward it.</summary>
    public bool PriorLearningAccepted { get; init; }

    /// <summary>Certificates, degrees or certifications it counts toward.</summary>
    public IReadOnlyList<Articulation> Articulations { get; init; } = [];
}

/// <summary>An agreement that a microcredential counts toward a further credential.</summary>
public sealed record Articulation
{
    /// <summary>The further credential's name ("AAS Information Technology").</summary>
    public required string Credential { get; init; }

    /// <summary>The kind of credential it is.</summary>
    public StackTargetKind Kind { get; init; } = StackTargetKind.Certificate;

    /// <summary>The institution that awards it.</summary>
    public string? Institution { get; init; }

    /// <summary>The credit hours it carries into that credential.</summary>
    public decimal? CreditHours { get; init; }
}

/// <summary>A kind of credential that microcredentials stack into.</summary>
public enum StackTargetKind
{
    /// <summary>A certificate.</summary>
    Certificate,

    /// <summary>An associate degree.</summary>
    AssociateDegree,

    /// <summary>A bachelor's degree.</summary>
    BachelorDegree,

    /// <summary>An industry certification (CompTIA A+, CNA, …).</summary>
    IndustryCertification,

    /// <summary>An apprenticeship.</summary>
    Apprenticeship,

    /// <summary>Another microcredential.</summary>
    Microcredential,
}
