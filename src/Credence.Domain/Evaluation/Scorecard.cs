using Credence.Domain.Frameworks;

namespace Credence.Domain.Evaluation;

/// <summary>The result of judging one microcredential or pathway against one value framework.</summary>
public sealed record Scorecard
{
    /// <summary>The id of the microcredential or pathway judged.</summary>
    public required string SubjectId { get; init; }

    /// <summary>Its title.</summary>
    public required string SubjectTitle { get; init; }

    /// <summary>Microcredential or pathway.</summary>
    public required SubjectKind SubjectKind { get; init; }

    /// <summary>The framework's id.</summary>
    public required string FrameworkId { get; init; }

    /// <summary>The framework's title.</summary>
    public required string FrameworkTitle { get; init; }

    /// <summary>The framework's version.</summary>
    public required string FrameworkVersion { get; init; }

    /// <summary>The date the evaluation was made as of.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>The labor-market data used, or null when none was supplied.</summary>
    public string? DataVintage { get; init; }

    /// <summary>The weighted overall score from 0 to 100, or null when no criterion could be decided.</summary>
    public double? OverallScore { get; init; }

    /// <summary>The score of each principle.</summary>
    public required IReadOnlyList<PrincipleScore> Principles { get; init; }

    /// <summary>The result of each criterion, in framework order.</summary>
    public required IReadOnlyList<CriterionResult> Criteria { get; init; }
}

/// <summary>The score of one principle.</summary>
/// <param name="PrincipleId">The principle's id.</param>
/// <param name="Title">The principle's title.</param>
/// <param name="Weight">The weight used for it in the overall score.</param>
/// <param name="Score">The weighted score from 0 to 100 of its decided criteria, or null when none was decided.</param>
/// <param name="Met">How many criteria are met.</param>
/// <param name="PartlyMet">How many are partly met.</param>
/// <param name="NotMet">How many are not met.</param>
/// <param name="NotEnoughInformation">How many could not be decided.</param>
public sealed record PrincipleScore(
    string PrincipleId,
    string Title,
    double Weight,
    double? Score,
    int Met,
    int PartlyMet,
    int NotMet,
    int NotEnoughInformation);

/// <summary>The result of one criterion.</summary>
public sealed record CriterionResult
{
    /// <summary>The criterion's full id (<c>mvf.access.open-entry</c>).</summary>
    public required string CriterionId { get; init; }

    /// <summary>The principle's id.</summary>
    public required string PrincipleId { get; init; }

    /// <summary>The criterion's title.</summary>
    public required string Title { get; init; }

    /// <summary>The verdict.</summary>
    public required CriterionStatus Status { get; init; }

    /// <summary>The weight used.</summary>
    public required double Weight { get; init; }

    /// <summary>True when the criterion is a reviewer attestation.</summary>
    public bool IsAttestation { get; init; }

    /// <summary>A one-sentence explanation of the verdict.</summary>
    public required string Summary { get; init; }

    /// <summary>The fields and values the verdict rests on.</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    /// <summary>What to change, when not met, partly met or undecided.</summary>
    public string? Recommendation { get; init; }

    /// <summary>A stable code (<see cref="RuleCodes"/>) for why the criterion is not met, partly met or undecided; null when met.</summary>
    public string? Code { get; init; }
}

/// <summary>A criterion verdict.</summary>
public enum CriterionStatus
{
    /// <summary>Met.</summary>
    Met,

    /// <summary>Partly met: scores half.</summary>
    PartlyMet,

    /// <summary>Not met.</summary>
    NotMet,

    /// <summary>The design lacks the data to decide; excluded from the score and shown as a gap of its own.</summary>
    NotEnoughInformation,
}

/// <summary>A piece of evidence a verdict rests on.</summary>
/// <param name="Field">The field's path in the design (<c>cost.tuition</c>, <c>competencies[2].alignments</c>) or a data source.</param>
/// <param name="Value">The value found, rendered as text (or "missing").</param>
/// <param name="Source">Where an external figure comes from (labor-market data source and vintage).</param>
public sealed record Evidence(string Field, string Value, string? Source = null);
