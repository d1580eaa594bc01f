namespace Credence.Web.Features.VersionCompare;

/// <summary>A framework's overall score on both sides and every criterion with its verdict on both sides.</summary>
internal sealed record FrameworkChange(string FrameworkId, string FrameworkTitle, double? ScoreBefore, double? ScoreAfter, IReadOnlyList<CriterionChange> Criteria)
{
    public IReadOnlyList<CriterionChange> Changed => Criteria.Where(c => c.Before != c.After).ToList();
}
