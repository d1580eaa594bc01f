using Credence.Domain.Evaluation;
using Credence.Domain.Frameworks;
using Credence.Domain.Microcredentials;

namespace Credence.Domain.Tests.Evaluation;

public sealed class ScoringTests
{
    /// <summary>A subject that meets open-entry, partly meets support-services (1 of 2), fails delivery-flexibility and lacks data for outreach.</summary>
    private static readonly Microcredential Subject = new()
    {
        Id = "scoring",
        Title = "Scoring",
        Entry = new Entry { OpenAccess = true },
        SupportServices = ["advising"],
        DeliveryModes = [DeliveryMode.InPerson],
        Pacing = [Pacing.Cohort],
        Publication = new Common.Publication { DigitalBadge = true, MachineReadableMetadata = true },
    };

    private static readonly EvaluationContext Context = new() { AsOf = Subjects.AsOf };

    private static Criterion Check(string id, string check, double weight = 1) => new() { Id = id, Title = id, Check = check, Weight = weight };

    private static ValueFramework Framework(double secondWeight = 3) => new()
    {
        Id = "test",
        Version = "2",
        Title = "Test framework",
        AppliesTo = [SubjectKind.Microcredential],
        Principles =
        [
            new Principle
            {
                Id = "a",
                Title = "A",
                Criteria =
                [
                    Check("met", "open-entry"),
                    Check("partly", "support-services"),
                    Check("not-met", "delivery-flexibility", weight: 2),
                    Check("undecided", "outreach", weight: 5),
                ],
            },
            new Principle
            {
                Id = "b",
                Title = "B",
                Weight = secondWeight,
                Criteria = [Check("badge", "digital-badge"), Check("metadata", "machine-readable-metadata")],
            },
        ],
    };

    [Fact]
    public void Partly_met_scores_half_and_not_enough_information_is_left_out_of_the_principle_score()
    {
        var scorecard = Evaluator.Evaluate(Subject, Framework(), Context);

        var a = scorecard.Principles.Single(p => p.PrincipleId == "a");
        Assert.Equal(37.5, a.Score); // (1×1 + 1×0.5 + 2×0) / (1 + 1 + 2); the undecided weight of 5 is left out.
        Assert.Equal((1, 1, 1, 1), (a.Met, a.PartlyMet, a.NotMet, a.NotEnoughInformation));
    }

    [Fact]
    public void The_overall_score_is_the_mean_of_principle_scores_weighted_by_principle()
    {
        var scorecard = Evaluator.Evaluate(Subject, Framework(), Context);

        Assert.Equal(84.4, scorecard.OverallScore); // (1×37.5 + 3×100) / 4 = 84.375, rounded to one decimal.
    }

    [Fact]
    public void Equal_principle_weights_give_the_plain_mean()
    {
        var scorecard = Evaluator.Evaluate(Subject, Framework(secondWeight: 1), Context);

        Assert.Equal(68.8, scorecard.OverallScore); // (37.5 + 100) / 2 = 68.75.
    }

    [Fact]
    public void A_principle_of_weight_zero_is_shown_but_not_counted()
    {
        var scorecard = Evaluator.Evaluate(Subject, Framework(secondWeight: 0), Context);

        Assert.Equal(37.5, scorecard.OverallScore);
        Assert.Equal(100, scorecard.Principles.Single(p => p.PrincipleId == "b").Score);
    }

    [Fact]
    public void Scores_are_null_when_nothing_could_be_decided()
    {
        var framework = Framework() with { Principles = [new Principle { Id = "only", Title = "Only", Criteria = [Check("outreach", "outreach")] }] };

        var scorecard = Evaluator.Evaluate(Subject, framework, Context);

        Assert.Null(scorecard.Principles.Single().Score);
        Assert.Null(scorecard.OverallScore);
    }

    [Fact]
    public void The_scorecard_records_the_framework_the_date_and_the_weights_used()
    {
        var scorecard = Evaluator.Evaluate(Subject, Framework(), Context);

        Assert.Equal(("test", "2", "Test framework"), (scorecard.FrameworkId, scorecard.FrameworkVersion, scorecard.FrameworkTitle));
        Assert.Equal(Subjects.AsOf, scorecard.AsOf);
        Assert.Equal([1, 3], scorecard.Principles.Select(p => p.Weight));
        Assert.Equal([1, 1, 2, 5, 1, 1], scorecard.Criteria.Select(c => c.Weight));
        Assert.Equal(["test.a.met", "test.a.partly", "test.a.not-met", "test.a.undecided", "test.b.badge", "test.b.metadata"], scorecard.Criteria.Select(c => c.CriterionId));
        Assert.Equal((SubjectKind.Microcredential, "scoring", "Scoring"), (scorecard.SubjectKind, scorecard.SubjectId, scorecard.SubjectTitle));
    }

    [Fact]
    public void The_scorecard_names_the_labor_market_data_when_facts_are_supplied()
    {
        var withFacts = Evaluator.Evaluate(Subject, Framework(), Context with { LaborMarket = DictionaryLaborMarketFacts.Good() });
        var without = Evaluator.Evaluate(Subject, Framework(), Context);

        Assert.Equal("Test data: Test wages 2026; Test projections 2024–34", withFacts.DataVintage);
        Assert.Null(without.DataVintage);
    }

    [Fact]
    public void Every_built_in_framework_records_its_id_and_version_in_the_scorecard()
    {
        var context = Subjects.Context();
        var scorecards = BuiltInFrameworks.All
            .SelectMany(f => new[]
            {
                Evaluator.AppliesTo(f, SubjectKind.Microcredential) ? Evaluator.Evaluate(Subjects.Excellent(), f, context) : null,
                Evaluator.AppliesTo(f, SubjectKind.Pathway) ? Evaluator.Evaluate(Subjects.ExcellentPathway(), f, context) : null,
            })
            .OfType<Scorecard>()
            .ToList();

        Assert.Equal(5, scorecards.Count);
        Assert.All(scorecards, s => Assert.Equal(BuiltInFrameworks.Get(s.FrameworkId).Version, s.FrameworkVersion));
        Assert.All(scorecards, s => Assert.Equal(100, s.OverallScore));
    }

    [Fact]
    public void A_criterion_limited_to_pathways_is_left_out_of_a_microcredential_scorecard()
    {
        var scorecard = Evaluator.Evaluate(Subjects.Excellent(), BuiltInFrameworks.Get("stakeholder-views"), Subjects.Context());

        Assert.DoesNotContain(scorecard.Criteria, c => c.CriterionId == "stakeholder-views.learners.affordable-route");
        Assert.Contains(scorecard.Criteria, c => c.CriterionId == "stakeholder-views.learners.affordable");
    }

    [Fact]
    public void Evaluating_a_microcredential_against_a_pathway_framework_throws()
    {
        Assert.Throws<ArgumentException>(() => Evaluator.Evaluate(Subject, BuiltInFrameworks.Get("pathway-design"), Context));
    }

    [Fact]
    public void Evaluating_against_a_framework_that_names_an_unknown_check_throws()
    {
        var framework = Framework() with { Principles = [new Principle { Id = "x", Title = "X", Criteria = [Check("y", "no-such-check")] }] };

        Assert.Throws<ArgumentException>(() => Evaluator.Evaluate(Subject, framework, Context));
    }

    [Fact]
    public void AppliesTo_reads_the_framework_kinds()
    {
        Assert.True(Evaluator.AppliesTo(BuiltInFrameworks.Get("mvf"), SubjectKind.Microcredential));
        Assert.False(Evaluator.AppliesTo(BuiltInFrameworks.Get("mvf"), SubjectKind.Pathway));
    }

    [Fact]
    public void Evaluation_is_repeatable_for_the_same_inputs()
    {
        var first = Evaluator.Evaluate(Subjects.Excellent(), BuiltInFrameworks.Get("mvf"), Subjects.Context());
        var second = Evaluator.Evaluate(Subjects.Excellent(), BuiltInFrameworks.Get("mvf"), Subjects.Context());

        Assert.Equal(first.Criteria.Select(c => (c.CriterionId, c.Status, c.Summary)), second.Criteria.Select(c => (c.CriterionId, c.Status, c.Summary)));
    }
}
