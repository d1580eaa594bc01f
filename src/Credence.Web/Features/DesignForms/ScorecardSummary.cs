using System.Text.Json;
using Credence.Domain.Evaluation;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;

namespace Credence.Web.Features.DesignForms;

/// <summary>A stored scorecard read back for the design pages: the framework, the overall score (0–100) and every criterion.</summary>
internal sealed record ScorecardSummary(string FrameworkId, string FrameworkTitle, double? OverallScore, IReadOnlyList<CriterionResult> Criteria)
{
    /// <summary>The criteria still to work on: not met, partly met, or undecided for lack of information.</summary>
    public IReadOnlyList<CriterionResult> Gaps => Criteria.Where(c => c.Status != CriterionStatus.Met).ToList();

    public int Met => Criteria.Count(c => c.Status == CriterionStatus.Met);

    public static IReadOnlyList<ScorecardSummary> From(IEnumerable<ScorecardRecord> records) =>
        records.Select(r =>
        {
            var scorecard = JsonSerializer.Deserialize<Scorecard>(r.Content, DesignJson.Options)
                ?? throw new JsonException($"Scorecard {r.Id} holds null."); // Stored by DesignScorer from a real scorecard.
            return new ScorecardSummary(scorecard.FrameworkId, scorecard.FrameworkTitle, scorecard.OverallScore, scorecard.Criteria);
        }).ToList();

    public static string Words(CriterionStatus status) => status switch
    {
        CriterionStatus.Met => "met",
        CriterionStatus.PartlyMet => "partly met",
        CriterionStatus.NotMet => "not met",
        _ => "not enough information",
    };
}
