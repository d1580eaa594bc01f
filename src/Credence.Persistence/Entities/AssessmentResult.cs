namespace Credence.Persistence.Entities;

/// <summary>An assessment result of one learner for one competency of one published microcredential version.</summary>
public sealed class AssessmentResult
{
    /// <summary>The database key.</summary>
    public long Id { get; set; }

    /// <summary>The learner's key.</summary>
    public long LearnerId { get; set; }

    /// <summary>The learner.</summary>
    public Learner? Learner { get; set; }

    /// <summary>The microcredential version's key.</summary>
    public long DesignVersionId { get; set; }

    /// <summary>The microcredential version.</summary>
    public DesignVersion? DesignVersion { get; set; }

    /// <summary>The competency's id within the microcredential.</summary>
    public required string CompetencyId { get; set; }

    /// <summary>The result as the assessor recorded it (a score, <c>pass</c>, a rubric level name).</summary>
    public string? Result { get; set; }

    /// <summary>The proficiency level reached, a level id on the competency's scale.</summary>
    public string? ProficiencyLevel { get; set; }

    /// <summary>Whether the level reached meets the competency's required level (decided when recorded).</summary>
    public bool Mastered { get; set; }

    /// <summary>Who assessed it.</summary>
    public string? Assessor { get; set; }

    /// <summary>Links to the evidence (portfolio, project, simulation record).</summary>
    public List<EvidenceLink> Evidence { get; set; } = [];

    /// <summary>When the learner was assessed.</summary>
    public DateTimeOffset AssessedAt { get; set; }

    /// <summary>When the result was recorded.</summary>
    public DateTimeOffset RecordedAt { get; set; }
}
