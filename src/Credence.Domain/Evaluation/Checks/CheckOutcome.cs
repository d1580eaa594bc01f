namespace Credence.Domain.Evaluation.Checks;

/// <summary>What a check decided about one subject, with the evidence and what to change.</summary>
internal sealed record CheckOutcome(
    CriterionStatus Status,
    string Summary,
    IReadOnlyList<Evidence> Evidence,
    string? Recommendation,
    string? Code)
{
    public static CheckOutcome Met(string summary, params IReadOnlyList<Evidence> evidence) =>
        new(CriterionStatus.Met, summary, evidence, null, null);

    public static CheckOutcome PartlyMet(string summary, string recommendation, params IReadOnlyList<Evidence> evidence) =>
        new(CriterionStatus.PartlyMet, summary, evidence, recommendation, RuleCodes.BelowThreshold);

    public static CheckOutcome NotMet(string summary, string recommendation, params IReadOnlyList<Evidence> evidence) =>
        new(CriterionStatus.NotMet, summary, evidence, recommendation, RuleCodes.BelowThreshold);

    public static CheckOutcome Missing(string summary, string recommendation, params IReadOnlyList<Evidence> evidence) =>
        new(CriterionStatus.NotEnoughInformation, summary, evidence, recommendation, RuleCodes.MissingData);

    public CheckOutcome WithCode(string code) => this with { Code = code };
}
