using Credence.Persistence.Entities;

namespace Credence.Persistence.Issuing;

/// <summary>An assessment result to record for one competency.</summary>
public sealed record CompetencyResult
{
    /// <summary>Gets the competency's id within the microcredential.</summary>
    public required string CompetencyId { get; init; }

    /// <summary>Gets the proficiency level reached, a level id on the competency's scale.</summary>
    public string? ProficiencyLevel { get; init; }

    /// <summary>Gets the result as the assessor recorded it (a score, <c>pass</c>).</summary>
    public string? Result { get; init; }

    /// <summary>Gets the assessor's judgement for a competency without a required level; null counts as mastered when a result or level is given.</summary>
    public bool? Mastered { get; init; }

    /// <summary>Gets who assessed it.</summary>
    public string? Assessor { get; init; }

    /// <summary>Gets links to the evidence.</summary>
    public IReadOnlyList<EvidenceLink> Evidence { get; init; } = [];

    /// <summary>Gets when the learner was assessed; null for now.</summary>
    public DateTimeOffset? AssessedAt { get; init; }
}
