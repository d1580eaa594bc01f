namespace Credence.Domain.Evaluation;

/// <summary>Stable codes of the evaluator: why a criterion was not decided or not met (<c>scoring.*</c>) and what is wrong with a framework or override (<c>framework.*</c>).</summary>
public static class RuleCodes
{
    /// <summary>The design lacks a field the criterion needs.</summary>
    public const string MissingData = "scoring.missing-data";

    /// <summary>Labor-market criteria need facts and none were supplied, or the facts hold nothing for the occupations or region.</summary>
    public const string NoLaborMarketFacts = "scoring.no-labor-market-facts";

    /// <summary>A pathway names a microcredential that was not supplied to the evaluation.</summary>
    public const string UnresolvedReference = "scoring.unresolved-reference";

    /// <summary>No pathways were supplied, so membership of one cannot be judged.</summary>
    public const string NoPathwaysSupplied = "scoring.no-pathways-supplied";

    /// <summary>An attestation criterion has no attestation on record.</summary>
    public const string AttestationMissing = "scoring.attestation-missing";

    /// <summary>The latest attestation on record is older than the criterion's review age.</summary>
    public const string AttestationExpired = "scoring.attestation-expired";

    /// <summary>The latest attestation on record does not confirm the criterion.</summary>
    public const string AttestationUnconfirmed = "scoring.attestation-unconfirmed";

    /// <summary>The latest attestation confirms the criterion but cites no evidence.</summary>
    public const string AttestationWithoutEvidence = "scoring.attestation-without-evidence";

    /// <summary>The award rule rests on attendance (seat time) without requiring mastery.</summary>
    public const string SeatTimeAward = "scoring.seat-time-award";

    /// <summary>The design was checked and falls short of the criterion.</summary>
    public const string BelowThreshold = "scoring.below-threshold";

    /// <summary>The framework or override text is not well-formed YAML.</summary>
    public const string YamlSyntax = "framework.yaml-syntax";

    /// <summary>A node has the wrong shape (a mapping, list or scalar was expected).</summary>
    public const string UnexpectedNode = "framework.unexpected-node";

    /// <summary>A required key is missing.</summary>
    public const string MissingField = "framework.missing-field";

    /// <summary>A key is not part of the format.</summary>
    public const string UnknownField = "framework.unknown-field";

    /// <summary>A value cannot be read (not a number, not a known subject kind, a negative weight, …).</summary>
    public const string InvalidValue = "framework.invalid-value";

    /// <summary>An id is used twice where it must be unique.</summary>
    public const string DuplicateId = "framework.duplicate-id";

    /// <summary>A criterion names a check the check library does not have.</summary>
    public const string UnknownCheck = "framework.unknown-check";

    /// <summary>A criterion gives a parameter its check does not take.</summary>
    public const string UnknownParameter = "framework.unknown-parameter";

    /// <summary>A parameter value cannot be read as the check needs it.</summary>
    public const string InvalidParameter = "framework.invalid-parameter";

    /// <summary>A criterion's check cannot judge a kind of subject the criterion applies to.</summary>
    public const string CheckNotApplicable = "framework.check-not-applicable";

    /// <summary>A criterion is neither a check nor an attestation, or both.</summary>
    public const string CriterionKind = "framework.criterion-kind";

    /// <summary>An override is for a different framework than the one it is applied to.</summary>
    public const string FrameworkMismatch = "framework.framework-mismatch";

    /// <summary>An override names a principle the framework does not have.</summary>
    public const string UnknownPrinciple = "framework.unknown-principle";

    /// <summary>An override names a criterion the framework does not have.</summary>
    public const string UnknownCriterion = "framework.unknown-criterion";
}
