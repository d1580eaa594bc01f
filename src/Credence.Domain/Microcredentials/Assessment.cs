namespace Credence.Domain.Microcredentials;

/// <summary>How one or more competencies are assessed.</summary>
public sealed record Assessment
{
    /// <summary>An identifier unique within the microcredential.</summary>
    public required string Id { get; init; }

    /// <summary>The assessment method.</summary>
    public required AssessmentMethod Method { get; init; }

    /// <summary>Whether the learner performs the skill (rather than answering questions about it).</summary>
    public bool PerformanceBased { get; init; }

    /// <summary>The ids of the competencies this assessment assesses.</summary>
    public IReadOnlyList<string> Assesses { get; init; } = [];

    /// <summary>The rubric or criteria text used to judge mastery.</summary>
    public string? Rubric { get; init; }

    /// <summary>A short description.</summary>
    public string? Description { get; init; }
}

/// <summary>An assessment method.</summary>
public enum AssessmentMethod
{
    /// <summary>A portfolio of work.</summary>
    Portfolio,

    /// <summary>A project.</summary>
    Project,

    /// <summary>A simulation or lab scenario.</summary>
    Simulation,

    /// <summary>A practicum or work placement.</summary>
    Practicum,

    /// <summary>Direct observation of performance.</summary>
    Observation,

    /// <summary>A written or online exam.</summary>
    Exam,
}
