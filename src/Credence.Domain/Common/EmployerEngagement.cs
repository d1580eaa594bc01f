namespace Credence.Domain.Common;

/// <summary>What an employer or industry partner did for a microcredential or pathway, and when.</summary>
public sealed record EmployerEngagement
{
    /// <summary>The employer's name.</summary>
    public required string Employer { get; init; }

    /// <summary>The industry sector (NAICS title or free text).</summary>
    public string? Sector { get; init; }

    /// <summary>What the employer did.</summary>
    public IReadOnlyList<EngagementActivity> Activities { get; init; } = [];

    /// <summary>When the engagement happened (the most recent activity).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>A link or reference to evidence of the engagement (letter, meeting minutes, MOU).</summary>
    public string? Evidence { get; init; }
}

/// <summary>A kind of employer engagement.</summary>
public enum EngagementActivity
{
    /// <summary>Helped design the competencies, assessments or curriculum.</summary>
    CoDesigned,

    /// <summary>Reviewed and confirmed that the competencies meet their hiring needs.</summary>
    Validated,

    /// <summary>Publicly endorses the credential (for example an Open Badges endorsement).</summary>
    Endorsed,

    /// <summary>Offers work-based learning: internships, apprenticeships, practicums.</summary>
    WorkBasedLearning,

    /// <summary>Commits to interview or hire holders of the credential.</summary>
    HiringCommitment,

    /// <summary>Initiated the credential or pathway in response to its own workforce need.</summary>
    Initiated,
}
