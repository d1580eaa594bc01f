using Credence.Domain.Evaluation;
using Credence.Domain.Frameworks;

namespace Credence.Cli.Tests.Reports;

/// <summary>Hand-built scorecards covering every status, evidence with and without a source, and an undecided principle.</summary>
internal static class TestScorecards
{
    public static Scorecard Microcredential(string frameworkId = "mvf", string title = "IT Help Desk Fundamentals") => new()
    {
        SubjectId = "srcc-it-help-desk-fundamentals",
        SubjectTitle = title,
        SubjectKind = SubjectKind.Microcredential,
        FrameworkId = frameworkId,
        FrameworkTitle = "Microcredential Value Framework",
        FrameworkVersion = "1.0",
        AsOf = new DateOnly(2026, 11, 28),
        DataVintage = "OEWS May 2024; O*NET 29.2",
        OverallScore = 62.5,
        Principles =
        [
            new PrincipleScore("access", "Access", 1, 75, 1, 1, 0, 0),
            new PrincipleScore("quality", "Quality", 1, 50, 1, 0, 1, 0),
            new PrincipleScore("relevance", "Relevance", 2, null, 0, 0, 0, 1),
        ],
        Criteria =
        [
            new CriterionResult
            {
                CriterionId = "mvf.access.open-entry",
                PrincipleId = "access",
                Title = "Open entry or an open-access route",
                Status = CriterionStatus.Met,
                Weight = 1,
                Summary = "Entry is open access.",
                Evidence = [new Evidence("entry.openAccess", "true")],
                Recommendation = "Keep an open-access route.",
            },
            new CriterionResult
            {
                CriterionId = "mvf.access.affordable",
                PrincipleId = "access",
                Title = "Affordable | low cost",
                Status = CriterionStatus.PartlyMet,
                Weight = 1,
                Summary = "Total cost 1,900 USD is above 1,500 but at most 3,000.",
                Evidence = [new Evidence("cost.tuition", "1485"), new Evidence("cost.fees", "160")],
                Recommendation = "Bring the total cost to 1,500 USD or less, or adopt open educational resources.",
            },
            new CriterionResult
            {
                CriterionId = "mvf.quality.review-current",
                PrincipleId = "quality",
                Title = "Reviewed within the last 12 months",
                Status = CriterionStatus.NotMet,
                Weight = 1,
                Summary = "The last review was on 2024-03-18, 32 months before the evaluation date.",
                Evidence = [new Evidence("qualityReviews[0].date", "2024-03-18")],
                Recommendation = "Have a subject-matter expert review the design.",
                Code = "scoring.below-threshold",
            },
            new CriterionResult
            {
                CriterionId = "mvf.quality.sme-review",
                PrincipleId = "quality",
                Title = "Subject-matter-expert review on record",
                Status = CriterionStatus.Met,
                Weight = 1,
                IsAttestation = true,
                Summary = "Confirmed by the curriculum committee.",
            },
            new CriterionResult
            {
                CriterionId = "mvf.relevance.wage",
                PrincipleId = "relevance",
                Title = "Target occupations pay at least the regional benchmark",
                Status = CriterionStatus.NotEnoughInformation,
                Weight = 2,
                Summary = "No target occupation has wage data for the region.",
                Evidence = [new Evidence("wages.15-1232", "missing", "OEWS May 2024")],
                Recommendation = "Name target occupations by O*NET-SOC code.",
                Code = "scoring.missing-data",
            },
        ],
    };

    public static Scorecard Pathway() => new()
    {
        SubjectId = "srcc-it-support-pathway",
        SubjectTitle = "IT Support Technician Pathway",
        SubjectKind = SubjectKind.Pathway,
        FrameworkId = "pathway-design",
        FrameworkTitle = "Pathway design criteria",
        FrameworkVersion = "1.0",
        AsOf = new DateOnly(2026, 11, 28),
        OverallScore = null,
        Principles =
        [
            new PrincipleScore("stackable", "Stackable and portable toward a degree", 1, null, 0, 0, 0, 1),
            new PrincipleScore("labor-market", "Aligned with regional labor-market trends, employment needs and wages", 1, null, 0, 0, 0, 1),
            new PrincipleScore("employer", "Employer-initiated and validated", 1, null, 0, 0, 0, 0),
            new PrincipleScore("one-year", "Each credential completable in a year or less", 1, null, 0, 0, 0, 0),
            new PrincipleScore("flexible", "Flexible delivery", 1, null, 0, 0, 0, 0),
        ],
        Criteria =
        [
            new CriterionResult
            {
                CriterionId = "pathway-design.stackable.two-or-more",
                PrincipleId = "stackable",
                Title = "Two or more stackable credentials",
                Status = CriterionStatus.NotEnoughInformation,
                Weight = 1,
                Summary = "<script>alert('x')</script> stage lookups failed.",
            },
        ],
    };

    public static IReadOnlyList<Scorecard> All() => [Microcredential(), Microcredential("eu-microcredential"), Pathway()];
}
