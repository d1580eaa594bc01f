namespace Credence.Domain.Common;

/// <summary>A quality review on record, for example a subject-matter-expert review of the competencies and assessments.</summary>
public sealed record QualityReview
{
    /// <summary>Who reviewed: <see cref="ReviewerKind"/>.</summary>
    public ReviewerKind ReviewerKind { get; init; } = ReviewerKind.SubjectMatterExpert;

    /// <summary>The reviewer's name or body.</summary>
    public string? Reviewer { get; init; }

    /// <summary>When the review took place.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The outcome of the review.</summary>
    public ReviewOutcome Outcome { get; init; } = ReviewOutcome.Approved;

    /// <summary>What the review looked at (academic alignment, industry alignment, accessibility, …).</summary>
    public IReadOnlyList<string> Scope { get; init; } = [];

    /// <summary>Notes or a link to the review report.</summary>
    public string? Notes { get; init; }
}

/// <summary>Who carried out a quality review.</summary>
public enum ReviewerKind
{
    /// <summary>A subject-matter expert (faculty or industry practitioner).</summary>
    SubjectMatterExpert,

    /// <summary>An internal curriculum or quality-assurance committee.</summary>
    InternalCommittee,

    /// <summary>An external quality-assurance body or accreditor.</summary>
    ExternalBody,

    /// <summary>An employer advisory board.</summary>
    EmployerAdvisoryBoard,
}

/// <summary>The outcome of a quality review.</summary>
public enum ReviewOutcome
{
    /// <summary>Approved as it is.</summary>
    Approved,

    /// <summary>Approved on condition of changes.</summary>
    ApprovedWithChanges,

    /// <summary>Not approved.</summary>
    Rejected,
}
