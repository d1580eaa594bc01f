using Credence.Domain.Evaluation;
using Credence.Domain.Frameworks;
using Credence.Domain.Tests.Evaluation;

namespace Credence.Domain.Tests.Frameworks;

public sealed class FrameworkOverridesTests
{
    private static readonly ValueFramework Mvf = BuiltInFrameworks.Get("mvf");

    private static Scorecard Evaluate(ValueFramework framework) => Evaluator.Evaluate(Subjects.Excellent(), framework, Subjects.Context());

    [Fact]
    public void A_principle_weight_changes_the_weight_used_and_the_overall_score()
    {
        var microcredential = Subjects.Excellent() with { Entry = new Credence.Domain.Microcredentials.Entry { Prerequisites = ["algebra"] } };
        var changed = FrameworkOverrides.Apply(Mvf, new FrameworkOverride { Framework = "mvf", PrincipleWeights = new Dictionary<string, double> { ["access"] = 10 } });

        var before = Evaluator.Evaluate(microcredential, Mvf, Subjects.Context());
        var after = Evaluator.Evaluate(microcredential, changed, Subjects.Context());

        Assert.Equal(10, after.Principles.Single(p => p.PrincipleId == "access").Weight);
        Assert.True(after.OverallScore < before.OverallScore);
    }

    [Fact]
    public void A_criterion_weight_changes_the_weight_used()
    {
        var changed = FrameworkOverrides.Apply(Mvf, new FrameworkOverride { Framework = "mvf", CriterionWeights = new Dictionary<string, double> { ["access.open-entry"] = 0.5 } });

        var result = Evaluate(changed).Criteria.Single(c => c.CriterionId == "mvf.access.open-entry");

        Assert.Equal(0.5, result.Weight);
    }

    [Fact]
    public void A_threshold_parameter_changes_the_verdict()
    {
        var changed = FrameworkOverrides.Apply(Mvf, new FrameworkOverride
        {
            Framework = "mvf",
            Parameters = new Dictionary<string, IReadOnlyDictionary<string, string>> { ["access.affordable"] = new Dictionary<string, string> { ["max-total"] = "500", ["partly-max-total"] = "800" } },
        });

        var result = Evaluate(changed).Criteria.Single(c => c.CriterionId == "mvf.access.affordable");

        Assert.Equal(CriterionStatus.NotMet, result.Status); // The excellent design costs 950.
    }

    [Fact]
    public void A_parameter_override_keeps_the_criterion_other_parameters()
    {
        var changed = FrameworkOverrides.Apply(Mvf, new FrameworkOverride
        {
            Framework = "mvf",
            Parameters = new Dictionary<string, IReadOnlyDictionary<string, string>> { ["access.affordable"] = new Dictionary<string, string> { ["max-total"] = "500" } },
        });

        var parameters = changed.Principles.Single(p => p.Id == "access").Criteria.Single(c => c.Id == "affordable").Parameters;

        Assert.Equal("500", parameters["max-total"]);
        Assert.Equal("3000", parameters["partly-max-total"]);
    }

    [Fact]
    public void A_disabled_criterion_is_left_out()
    {
        var changed = FrameworkOverrides.Apply(Mvf, new FrameworkOverride { Framework = "mvf", Disabled = ["access.outreach"] });

        var scorecard = Evaluate(changed);

        Assert.DoesNotContain(scorecard.Criteria, c => c.CriterionId == "mvf.access.outreach");
        Assert.Contains(scorecard.Criteria, c => c.CriterionId == "mvf.access.open-entry");
    }

    [Fact]
    public void An_added_criterion_is_evaluated_under_its_principle()
    {
        var added = new Criterion { Id = "short", Title = "Under 16 weeks", Check = "max-duration", Parameters = new Dictionary<string, string> { ["max-weeks"] = "8" } };
        var changed = FrameworkOverrides.Apply(Mvf, new FrameworkOverride { Framework = "mvf", AddedCriteria = [new AddedCriterion("flexibility", added)] });

        var result = Evaluate(changed).Criteria.Single(c => c.CriterionId == "mvf.flexibility.short");

        Assert.Equal(CriterionStatus.NotMet, result.Status); // The excellent design takes 12 weeks.
        Assert.Equal("flexibility", result.PrincipleId);
    }

    [Fact]
    public void A_new_id_and_version_suffix_are_recorded_in_the_scorecard()
    {
        var changed = FrameworkOverrides.Apply(Mvf, new FrameworkOverride { Framework = "mvf", Id = "mvf-lakeshore", VersionSuffix = "lakeshore.1" });

        var scorecard = Evaluate(changed);

        Assert.Equal("mvf-lakeshore", scorecard.FrameworkId);
        Assert.Equal("1.0+lakeshore.1", scorecard.FrameworkVersion);
        Assert.StartsWith("mvf-lakeshore.", scorecard.Criteria[0].CriterionId, StringComparison.Ordinal);
    }

    [Fact]
    public void Applying_leaves_the_original_framework_unchanged()
    {
        _ = FrameworkOverrides.Apply(Mvf, new FrameworkOverride { Framework = "mvf", Disabled = ["access.outreach"], PrincipleWeights = new Dictionary<string, double> { ["access"] = 4 } });

        Assert.Equal(1, Mvf.Principles[0].Weight);
        Assert.Contains(Mvf.Principles[0].Criteria, c => c.Id == "outreach");
    }

    [Fact]
    public void Validate_reports_every_unknown_principle_and_criterion()
    {
        var @override = new FrameworkOverride
        {
            Framework = "mvf",
            PrincipleWeights = new Dictionary<string, double> { ["nope"] = 1 },
            CriterionWeights = new Dictionary<string, double> { ["access.nope"] = 1 },
            Disabled = ["quality.nope"],
            AddedCriteria = [new AddedCriterion("nowhere", new Criterion { Id = "x", Title = "X", Check = "open-entry" })],
        };

        var errors = FrameworkOverrides.Validate(Mvf, @override, "lakeshore.yaml");

        Assert.Equal(
            [RuleCodes.UnknownPrinciple, RuleCodes.UnknownCriterion, RuleCodes.UnknownCriterion, RuleCodes.UnknownPrinciple],
            errors.Select(e => e.Code));
        Assert.All(errors, e => Assert.Equal("lakeshore.yaml", e.Path));
    }

    [Fact]
    public void Validate_reports_a_threshold_that_cannot_be_read()
    {
        var @override = new FrameworkOverride
        {
            Framework = "mvf",
            Parameters = new Dictionary<string, IReadOnlyDictionary<string, string>> { ["access.affordable"] = new Dictionary<string, string> { ["max-total"] = "cheap", ["max-price"] = "5" } },
        };

        var errors = FrameworkOverrides.Validate(Mvf, @override);

        Assert.Equal([RuleCodes.InvalidParameter, RuleCodes.UnknownParameter], errors.Select(e => e.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_reports_an_override_for_another_framework()
    {
        var errors = FrameworkOverrides.Validate(Mvf, new FrameworkOverride { Framework = "pathway-design" });

        Assert.Equal(RuleCodes.FrameworkMismatch, Assert.Single(errors).Code);
    }

    [Fact]
    public void Apply_throws_ArgumentException_when_the_override_does_not_fit()
    {
        Assert.Throws<ArgumentException>(() => FrameworkOverrides.Apply(Mvf, new FrameworkOverride { Framework = "mvf", Disabled = ["access.nope"] }));
    }

    [Fact]
    public void An_override_loaded_from_YAML_applies_weights_thresholds_disabled_and_added_criteria()
    {
        const string Yaml = """
            framework: mvf
            id: mvf-lakeshore
            versionSuffix: lakeshore
            weights:
              principles: { access: 2 }
              criteria: { relevance.wages: 3 }
            parameters:
              flexibility.duration: { max-weeks: 8 }
            disabled: [access.outreach]
            addedCriteria:
              - principle: quality
                id: advisory-board
                title: Reviewed by the employer advisory board
                check: sme-review
                parameters: { reviewer-kinds: [employer-advisory-board] }
            """;
        var loaded = FrameworkLoader.LoadOverride("lakeshore.yaml", Yaml);
        Assert.False(loaded.HasErrors);

        var scorecard = Evaluate(FrameworkOverrides.Apply(Mvf, loaded.Override!));

        Assert.Equal("1.0+lakeshore", scorecard.FrameworkVersion);
        Assert.Equal(2, scorecard.Principles.Single(p => p.PrincipleId == "access").Weight);
        Assert.Equal(3, scorecard.Criteria.Single(c => c.CriterionId == "mvf-lakeshore.relevance.wages").Weight);
        Assert.Equal(CriterionStatus.NotMet, scorecard.Criteria.Single(c => c.CriterionId == "mvf-lakeshore.flexibility.duration").Status);
        Assert.DoesNotContain(scorecard.Criteria, c => c.CriterionId == "mvf-lakeshore.access.outreach");
        Assert.Equal(CriterionStatus.NotMet, scorecard.Criteria.Single(c => c.CriterionId == "mvf-lakeshore.quality.advisory-board").Status);
    }
}
