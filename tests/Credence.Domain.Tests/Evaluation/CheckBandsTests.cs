using Credence.Domain.Common;
using Credence.Domain.Evaluation;
using Credence.Domain.Frameworks;
using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;

namespace Credence.Domain.Tests.Evaluation;

/// <summary>The in-between verdicts of the checks: each named case changes the excellent design into one band of a criterion.</summary>
public sealed class CheckBandsTests
{
    private static readonly Dictionary<string, (string Criterion, CriterionStatus Expected, Func<Microcredential, Microcredential> Change)> MicrocredentialCases = new()
    {
        ["open entry through an alternative route is met"] = ("mvf.access.open-entry", CriterionStatus.Met, m => m with { Entry = new Entry { Prerequisites = ["algebra"], AlternativeRoute = "placement test" } }),
        ["paid materials under the limit are met"] = ("mvf.access.low-cost-materials", CriterionStatus.Met, m => m with { Cost = m.Cost! with { OpenEducationalResources = false, Materials = 80 } }),
        ["materials without amount or OER are not enough information"] = ("mvf.access.low-cost-materials", CriterionStatus.NotEnoughInformation, m => m with { Cost = m.Cost! with { OpenEducationalResources = false, Materials = null } }),
        ["a single online mode is partly met"] = ("mvf.flexibility.delivery", CriterionStatus.PartlyMet, m => m with { DeliveryModes = [DeliveryMode.Online], Pacing = [Pacing.Cohort] }),
        ["a public page without a catalog listing is partly met"] = ("mvf.shareable.discoverable", CriterionStatus.PartlyMet, m => m with { Publication = m.Publication! with { CatalogListed = false } }),
        ["a badge to another standard is partly met"] = ("mvf.shareable.digital-badge", CriterionStatus.PartlyMet, m => m with { Publication = m.Publication! with { BadgeStandard = "vendor-badge" } }),
        ["credit without articulation is partly met"] = ("mvf.stackability.credit-or-articulation", CriterionStatus.PartlyMet, m => m with { Credit = m.Credit! with { Articulations = [] } }),
        ["some competencies aligned is partly met"] = ("mvf.clarity.standard-language", CriterionStatus.PartlyMet, m => m with { Competencies = [m.Competencies[0], m.Competencies[1] with { Alignments = [] }] }),
        ["an alignment to another framework does not count"] = ("mvf.clarity.standard-language", CriterionStatus.PartlyMet, m => m with { Competencies = [m.Competencies[0], m.Competencies[1] with { Alignments = [new SkillAlignment { Framework = SkillFramework.Other, Name = "Local list" }] }] }),
        ["some competencies with levels is partly met"] = ("mvf.advancement.proficiency-levels", CriterionStatus.PartlyMet, m => m with { Competencies = [m.Competencies[0], m.Competencies[1] with { RequiredProficiency = null }] }),
        ["some competencies assessed by performance is partly met"] = ("mvf.assessment.performance-based", CriterionStatus.PartlyMet, m => m with { Assessments = [m.Assessments[0] with { Assesses = ["troubleshoot"] }, m.Assessments[1]] }),
        ["some assessments with rubrics is partly met"] = ("mvf.assessment.rubrics", CriterionStatus.PartlyMet, m => m with { Assessments = [m.Assessments[0], m.Assessments[1] with { Rubric = " " }] }),
        ["an award rule without mastery or seat time is not met"] = ("mvf.advancement.mastery-award", CriterionStatus.NotMet, m => m with { AwardRule = new AwardRule { Text = "Complete the modules." } }),
        ["mastery with attendance is still met"] = ("mvf.advancement.mastery-award", CriterionStatus.Met, m => m with { AwardRule = new AwardRule { MasteryOfAllCompetencies = true, RequiredSeatHours = 20 } }),
        ["a rejected expert review is not met"] = ("mvf.quality.sme-review", CriterionStatus.NotMet, m => m with { QualityReviews = [new QualityReview { Date = new DateOnly(2026, 2, 1), Outcome = ReviewOutcome.Rejected }] }),
        ["an approval with changes is met"] = ("mvf.quality.sme-review", CriterionStatus.Met, m => m with { QualityReviews = [new QualityReview { Date = new DateOnly(2026, 2, 1), Outcome = ReviewOutcome.ApprovedWithChanges }] }),
        ["some occupation codes malformed is partly met"] = ("mvf.relevance.target-occupations", CriterionStatus.PartlyMet, m => m with { TargetOccupations = ["15-1232.00", "help desk"] }),
        ["only durable competencies is partly met"] = ("mvf.relevance.technical-and-durable", CriterionStatus.PartlyMet, m => m with { Competencies = [.. m.Competencies.Select(c => c with { Kind = CompetencyKind.Durable })] }),
        ["many hours without an hours limit are still met"] = ("mvf.flexibility.duration", CriterionStatus.Met, m => m with { Duration = m.Duration! with { Hours = 2000 } }),
        ["a duration without weeks is not enough information"] = ("mvf.flexibility.duration", CriterionStatus.NotEnoughInformation, m => m with { Duration = new Duration { Hours = 120 } }),
        ["a workload in hours only is partly met"] = ("eu-microcredential.learning.notional-workload", CriterionStatus.PartlyMet, m => m with { Duration = new Duration { Hours = 120 } }),
        ["a level off the EQF is partly met"] = ("eu-microcredential.learning.level", CriterionStatus.PartlyMet, m => m with { EqfLevel = null }),
        ["quality reviews stand in for a quality-assurance text"] = ("eu-microcredential.quality-assurance.quality-assurance", CriterionStatus.Met, m => m with { QualityAssurance = null }),
        ["most required fields given is partly met"] = ("mvf.clarity.published-information", CriterionStatus.PartlyMet, m => m with { Cost = null }),
        ["few required fields given is not met"] = ("mvf.clarity.published-information", CriterionStatus.NotMet, m => Subjects.Bare() with { Description = "Only a description." }),
    };

    private static readonly Dictionary<string, (string Criterion, CriterionStatus Expected, Func<Pathway, Pathway> Change)> PathwayCases = new()
    {
        ["stacking into a certificate only is partly met"] = ("pathway-design.stackable.stacks-toward-degree", CriterionStatus.PartlyMet, p => p with { StacksInto = [new StackTarget { Credential = "Certificate", Kind = StackTargetKind.Certificate }] }),
        ["no stack target recorded is not enough information"] = ("pathway-design.stackable.stacks-toward-degree", CriterionStatus.NotEnoughInformation, p => p with { StacksInto = [] }),
        ["a published pathway without a catalog listing is partly met"] = ("pathway-design.discoverable.published", CriterionStatus.PartlyMet, p => p with { Publication = p.Publication! with { CatalogListed = false } }),
        ["off-ramp occupations count toward the labor market"] = ("pathway-design.labor-market.target-occupations", CriterionStatus.Met, p => p with { TargetOccupations = [] }),
    };

    public static TheoryData<string> MicrocredentialCaseNames() => new(MicrocredentialCases.Keys);

    public static TheoryData<string> PathwayCaseNames() => new(PathwayCases.Keys);

    [Theory]
    [MemberData(nameof(MicrocredentialCaseNames))]
    public void Microcredential_band(string name)
    {
        var (criterion, expected, change) = MicrocredentialCases[name];
        var framework = BuiltInFrameworks.Get(criterion[..criterion.IndexOf('.', StringComparison.Ordinal)]);

        var result = Evaluator.Evaluate(change(Subjects.Excellent()), framework, Subjects.Context()).Criteria.Single(c => c.CriterionId == criterion);

        Assert.Equal(expected, result.Status);
    }

    [Theory]
    [MemberData(nameof(PathwayCaseNames))]
    public void Pathway_band(string name)
    {
        var (criterion, expected, change) = PathwayCases[name];
        var framework = BuiltInFrameworks.Get(criterion[..criterion.IndexOf('.', StringComparison.Ordinal)]);

        var result = Evaluator.Evaluate(change(Subjects.ExcellentPathway()), framework, Subjects.Context()).Criteria.Single(c => c.CriterionId == criterion);

        Assert.Equal(expected, result.Status);
    }

    [Fact]
    public void A_duration_over_an_hours_limit_set_by_an_override_is_not_met()
    {
        var framework = FrameworkOverrides.Apply(BuiltInFrameworks.Get("mvf"), new FrameworkOverride
        {
            Framework = "mvf",
            Parameters = new Dictionary<string, IReadOnlyDictionary<string, string>> { ["flexibility.duration"] = new Dictionary<string, string> { ["max-hours"] = "100" } },
        });

        var result = Evaluator.Evaluate(Subjects.Excellent(), framework, Subjects.Context()).Criteria.Single(c => c.CriterionId == "mvf.flexibility.duration");

        Assert.Equal(CriterionStatus.NotMet, result.Status); // The excellent design takes 120 hours.
    }

    [Fact]
    public void An_employer_engagement_minimum_raised_by_an_override_is_partly_met()
    {
        var framework = FrameworkOverrides.Apply(BuiltInFrameworks.Get("mvf"), new FrameworkOverride
        {
            Framework = "mvf",
            Parameters = new Dictionary<string, IReadOnlyDictionary<string, string>> { ["collaboration.co-designed"] = new Dictionary<string, string> { ["min-count"] = "3" } },
        });

        var result = Evaluator.Evaluate(Subjects.Excellent(), framework, Subjects.Context()).Criteria.Single(c => c.CriterionId == "mvf.collaboration.co-designed");

        Assert.Equal(CriterionStatus.PartlyMet, result.Status);
    }
}
