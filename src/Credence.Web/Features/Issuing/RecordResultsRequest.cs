namespace Credence.Web.Features.Issuing;

/// <summary>Assessment results of one learner for competencies of one published microcredential.</summary>
internal sealed record RecordResultsRequest(string? MicrocredentialId, RecordResultsRequest.LearnerPart? Learner, IReadOnlyList<RecordResultsRequest.ResultPart>? Results)
{
    /// <summary>Who was assessed.</summary>
    internal sealed record LearnerPart(string? Email, string? Name);

    /// <summary>One competency's result: the proficiency level reached (or a plain mastered flag), the assessor and the evidence.</summary>
    internal sealed record ResultPart(
        string? CompetencyId, string? ProficiencyLevel, string? Result, bool? Mastered, string? Assessor, IReadOnlyList<EvidencePart>? Evidence, DateTimeOffset? AssessedAt);

    /// <summary>A link to evidence (portfolio, project, simulation record).</summary>
    internal sealed record EvidencePart(string? Url, string? Title);
}
