using Credence.Domain.Evaluation;
using Credence.Domain.Frameworks;
using Credence.Domain.Microcredentials;
using Credence.Domain.Pathways;

namespace Credence.Domain.Tests.Evaluation;

public sealed class NotEnoughInformationTests
{
    private static readonly HashSet<string> CompletenessChecks = ["required-fields", "eu-element"];

    [Theory]
    [InlineData("mvf")]
    [InlineData("stakeholder-views")]
    public void A_bare_microcredential_is_never_judged_not_met_by_a_criterion_that_lacks_its_data(string frameworkId)
    {
        var framework = BuiltInFrameworks.Get(frameworkId);
        var completeness = framework.Principles
            .SelectMany(p => p.Criteria.Where(c => c.Check is { } check && CompletenessChecks.Contains(check)).Select(c => $"{framework.Id}.{p.Id}.{c.Id}"))
            .ToHashSet();

        var scorecard = Evaluator.Evaluate(Subjects.Bare(), framework, new EvaluationContext { AsOf = Subjects.AsOf });

        var undecided = scorecard.Criteria.Where(c => !completeness.Contains(c.CriterionId)).ToList();
        Assert.All(undecided, c => Assert.Equal(CriterionStatus.NotEnoughInformation, c.Status));
        Assert.All(undecided, c => Assert.False(string.IsNullOrWhiteSpace(c.Recommendation)));
        Assert.All(undecided, c => Assert.NotNull(c.Code));
    }

    [Theory]
    [InlineData("pathway-design")]
    [InlineData("stakeholder-views")]
    public void A_bare_pathway_is_never_judged_not_met_by_a_criterion_that_lacks_its_data(string frameworkId)
    {
        var pathway = new Pathway { Id = "bare", Title = "Bare" };

        var scorecard = Evaluator.Evaluate(pathway, BuiltInFrameworks.Get(frameworkId), new EvaluationContext { AsOf = Subjects.AsOf });

        Assert.NotEmpty(scorecard.Criteria);
        Assert.All(scorecard.Criteria, c => Assert.Equal(CriterionStatus.NotEnoughInformation, c.Status));
        Assert.All(scorecard.Criteria, c => Assert.False(string.IsNullOrWhiteSpace(c.Recommendation)));
        Assert.Null(scorecard.OverallScore);
    }

    [Fact]
    public void A_bare_microcredential_fails_the_EU_completeness_check_except_for_its_title()
    {
        var scorecard = Evaluator.Evaluate(Subjects.Bare(), BuiltInFrameworks.Get("eu-microcredential"), new EvaluationContext { AsOf = Subjects.AsOf });

        var met = scorecard.Criteria.Where(c => c.Status == CriterionStatus.Met).Select(c => c.CriterionId);
        Assert.Equal(["eu-microcredential.identification.title"], met);
        Assert.Equal(8.3, scorecard.OverallScore); // Identification 1 of 3 met (33.3), the other three principles 0.
    }

    [Theory]
    [InlineData("mvf.relevance.wages")]
    [InlineData("mvf.relevance.outlook")]
    [InlineData("mvf.relevance.demand")]
    public void Labor_market_criteria_without_facts_report_not_enough_information(string criterionId)
    {
        var context = Subjects.Context() with { LaborMarket = null };

        var result = Evaluate(Subjects.Excellent(), "mvf", context, criterionId);

        Assert.Equal(CriterionStatus.NotEnoughInformation, result.Status);
        Assert.Equal(RuleCodes.NoLaborMarketFacts, result.Code);
    }

    [Fact]
    public void Labor_wages_without_a_threshold_for_the_region_report_not_enough_information()
    {
        var facts = DictionaryLaborMarketFacts.Good();
        facts.Thresholds.Clear();

        var result = Evaluate(Subjects.Excellent(), "mvf", Subjects.Context() with { LaborMarket = facts }, "mvf.relevance.wages");

        Assert.Equal(CriterionStatus.NotEnoughInformation, result.Status);
        Assert.Equal(RuleCodes.NoLaborMarketFacts, result.Code);
    }

    [Fact]
    public void Labor_wages_without_a_region_report_missing_data()
    {
        var result = Evaluate(Subjects.Excellent() with { Region = null }, "mvf", Subjects.Context(), "mvf.relevance.wages");

        Assert.Equal(CriterionStatus.NotEnoughInformation, result.Status);
        Assert.Equal(RuleCodes.MissingData, result.Code);
    }

    [Fact]
    public void Labor_wages_are_partly_met_when_some_occupations_pay_and_leave_out_those_without_figures()
    {
        var facts = DictionaryLaborMarketFacts.Good();
        facts.Wages["43-4051"] = facts.Wages["15-1232"] with { SocCode = "43-4051", MedianAnnual = 39_000m };
        var microcredential = Subjects.Excellent() with { TargetOccupations = ["15-1232", "43-4051", "99-9999"] };

        var result = Evaluate(microcredential, "mvf", Subjects.Context() with { LaborMarket = facts }, "mvf.relevance.wages");

        Assert.Equal(CriterionStatus.PartlyMet, result.Status);
        Assert.Contains(result.Evidence, e => e.Field == "wages 99-9999" && e.Value == "missing");
        Assert.Contains(result.Evidence, e => e.Source == "Test wages 2026, Ohio");
    }

    [Fact]
    public void Labor_evidence_names_the_source_of_each_figure()
    {
        var result = Evaluate(Subjects.Excellent(), "mvf", Subjects.Context(), "mvf.relevance.outlook");

        Assert.All(result.Evidence, e => Assert.Equal("Test projections 2024–34", e.Source));
    }

    [Fact]
    public void A_pathway_naming_microcredentials_that_were_not_supplied_reports_the_unresolved_reference()
    {
        var context = Subjects.Context(new Dictionary<string, Microcredential>());

        var scorecard = Evaluator.Evaluate(Subjects.ExcellentPathway(), BuiltInFrameworks.Get("pathway-design"), context);

        var result = scorecard.Criteria.Single(c => c.CriterionId == "pathway-design.affordable.affordable-route");
        Assert.Equal(CriterionStatus.NotEnoughInformation, result.Status);
        Assert.Equal(RuleCodes.UnresolvedReference, result.Code);
    }

    [Fact]
    public void A_pathway_whose_credentials_lack_costs_is_not_judged_unaffordable()
    {
        var context = Subjects.Context(Subjects.PathwayMicrocredentials().Values.Select(m => m with { Cost = null }).ToDictionary(m => m.Id));

        var result = Evaluate(Subjects.ExcellentPathway(), "pathway-design", context, "pathway-design.affordable.affordable-route");

        Assert.Equal(CriterionStatus.NotEnoughInformation, result.Status);
    }

    [Fact]
    public void A_pathway_without_stages_is_not_enough_information_for_its_stage_criteria()
    {
        var result = Evaluate(new Pathway { Id = "empty", Title = "Empty" }, "pathway-design", Subjects.Context(), "pathway-design.one-year.credential-duration");

        Assert.Equal(CriterionStatus.NotEnoughInformation, result.Status);
    }

    [Fact]
    public void Pathway_membership_without_pathways_supplied_is_not_enough_information()
    {
        var result = Evaluate(Subjects.Excellent(), "mvf", Subjects.Context() with { Pathways = [] }, "mvf.stackability.in-a-pathway");

        Assert.Equal(CriterionStatus.NotEnoughInformation, result.Status);
        Assert.Equal(RuleCodes.NoPathwaysSupplied, result.Code);
    }

    [Fact]
    public void An_attestation_criterion_with_no_attestation_on_record_asks_for_one()
    {
        var result = Evaluate(Subjects.Excellent() with { Attestations = [] }, "mvf", Subjects.Context(), "mvf.quality.aligned-to-needs");

        Assert.Equal(CriterionStatus.NotEnoughInformation, result.Status);
        Assert.Equal(RuleCodes.AttestationMissing, result.Code);
        Assert.True(result.IsAttestation);
        Assert.Contains("mvf.quality.aligned-to-needs", result.Recommendation, StringComparison.Ordinal);
    }

    [Fact]
    public void An_attestation_without_evidence_is_partly_met()
    {
        var microcredential = Subjects.Excellent() with { Attestations = [Subjects.Attest("mvf.quality.aligned-to-needs", evidence: [])] };

        var result = Evaluate(microcredential, "mvf", Subjects.Context(), "mvf.quality.aligned-to-needs");

        Assert.Equal(CriterionStatus.PartlyMet, result.Status);
        Assert.Equal(RuleCodes.AttestationWithoutEvidence, result.Code);
    }

    [Fact]
    public void The_latest_attestation_decides()
    {
        var microcredential = Subjects.Excellent() with
        {
            Attestations =
            [
                Subjects.Attest("mvf.quality.aligned-to-needs", new DateOnly(2026, 6, 1), confirmed: true),
                Subjects.Attest("mvf.quality.aligned-to-needs", new DateOnly(2025, 12, 1), confirmed: false),
            ],
        };

        var result = Evaluate(microcredential, "mvf", Subjects.Context(), "mvf.quality.aligned-to-needs");

        Assert.Equal(CriterionStatus.Met, result.Status);
    }

    [Fact]
    public void An_attestation_past_its_review_age_is_not_met_with_its_code()
    {
        var microcredential = Subjects.Excellent() with { Attestations = [Subjects.Attest("mvf.quality.aligned-to-needs", new DateOnly(2025, 6, 29))] };

        var result = Evaluate(microcredential, "mvf", Subjects.Context(), "mvf.quality.aligned-to-needs");

        Assert.Equal(CriterionStatus.NotMet, result.Status);
        Assert.Equal(RuleCodes.AttestationExpired, result.Code);
    }

    [Fact]
    public void A_seat_time_award_rule_is_flagged_with_its_code()
    {
        var microcredential = Subjects.Excellent() with { AwardRule = new AwardRule { RequiredSeatHours = 30 } };

        var result = Evaluate(microcredential, "mvf", Subjects.Context(), "mvf.advancement.mastery-award");

        Assert.Equal(RuleCodes.SeatTimeAward, result.Code);
    }

    [Theory]
    [InlineData(1500, CriterionStatus.Met)] // At the affordable limit.
    [InlineData(1500.01, CriterionStatus.PartlyMet)] // Just above it.
    [InlineData(3000, CriterionStatus.PartlyMet)] // At the partly-met limit.
    [InlineData(3000.01, CriterionStatus.NotMet)] // Just above it.
    public void Affordability_bands_follow_the_defaults(double total, CriterionStatus expected)
    {
        var microcredential = Subjects.Excellent() with { Cost = new Cost { Tuition = (decimal)total } };

        var result = Evaluate(microcredential, "mvf", Subjects.Context(), "mvf.access.affordable");

        Assert.Equal(expected, result.Status);
    }

    [Theory]
    [InlineData(2025, 6, 30, CriterionStatus.Met)] // Exactly 12 months before the evaluation date.
    [InlineData(2025, 6, 29, CriterionStatus.NotMet)] // A day more than 12 months.
    public void Review_age_counts_months_to_the_evaluation_date(int year, int month, int day, CriterionStatus expected)
    {
        var microcredential = Subjects.Excellent() with { QualityReviews = [new Common.QualityReview { Date = new DateOnly(year, month, day) }] };

        var result = Evaluate(microcredential, "mvf", Subjects.Context(), "mvf.quality.reviewed-recently");

        Assert.Equal(expected, result.Status);
    }

    private static CriterionResult Evaluate(Microcredential microcredential, string frameworkId, EvaluationContext context, string criterionId) =>
        Evaluator.Evaluate(microcredential, BuiltInFrameworks.Get(frameworkId), context).Criteria.Single(c => c.CriterionId == criterionId);

    private static CriterionResult Evaluate(Pathway pathway, string frameworkId, EvaluationContext context, string criterionId) =>
        Evaluator.Evaluate(pathway, BuiltInFrameworks.Get(frameworkId), context).Criteria.Single(c => c.CriterionId == criterionId);
}
