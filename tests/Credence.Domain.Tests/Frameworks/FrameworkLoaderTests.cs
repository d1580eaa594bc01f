using Credence.Domain.Evaluation;
using Credence.Domain.Frameworks;

namespace Credence.Domain.Tests.Frameworks;

public sealed class FrameworkLoaderTests
{
    private const string Valid = """
        id: lakeshore-quality
        version: "3"
        title: Lakeshore quality bar
        appliesTo: [microcredential]
        principles:
          - id: quality
            title: Quality
            weight: 2
            criteria:
              - id: reviewed
                title: Reviewed in 6 months
                check: review-age
                parameters: { max-months: 6 }
              - id: dean-sign-off
                title: Dean signed off
                attestation: The dean confirms the design fits the college mission.
                weight: 0.5
        """;

    private static FrameworkError Single(string yaml) => Assert.Single(FrameworkLoader.LoadFramework("f.yaml", yaml).Errors);

    [Fact]
    public void A_valid_framework_loads_with_its_principles_criteria_weights_and_parameters()
    {
        var result = FrameworkLoader.LoadFramework("f.yaml", Valid);

        Assert.False(result.HasErrors);
        var framework = result.Framework!;
        Assert.Equal(("lakeshore-quality", "3"), (framework.Id, framework.Version));
        var principle = Assert.Single(framework.Principles);
        Assert.Equal(2, principle.Weight);
        Assert.Equal("6", principle.Criteria[0].Parameters["max-months"]);
        Assert.True(principle.Criteria[1].IsAttestation);
        Assert.Equal(0.5, principle.Criteria[1].Weight);
    }

    [Fact]
    public void An_institution_framework_can_be_evaluated()
    {
        var framework = FrameworkLoader.LoadFramework("f.yaml", Valid).Framework!;

        var scorecard = Evaluator.Evaluate(Credence.Domain.Tests.Evaluation.Subjects.Excellent(), framework, Credence.Domain.Tests.Evaluation.Subjects.Context());

        Assert.Equal(CriterionStatus.Met, scorecard.Criteria[0].Status); // Reviewed in February, within 6 months of the end of June.
        Assert.Equal(CriterionStatus.NotEnoughInformation, scorecard.Criteria[1].Status);
    }

    [Fact]
    public void A_syntax_error_is_reported_with_its_line_and_column()
    {
        var error = Single("id: x\nprinciples: [unclosed\n");

        Assert.Equal(RuleCodes.YamlSyntax, error.Code);
        Assert.Equal("f.yaml", error.Path);
        Assert.True(error.Line >= 2);
        Assert.True(error.Column >= 1);
    }

    [Fact]
    public void An_unknown_check_is_reported_at_its_line()
    {
        var error = Single(Valid.Replace("check: review-age", "check: review-agee", StringComparison.Ordinal));

        Assert.Equal(RuleCodes.UnknownCheck, error.Code);
        Assert.Equal(12, error.Line);
        Assert.Equal("principles[0].criteria[0].check", error.Field);
    }

    [Fact]
    public void An_unknown_parameter_is_reported_at_its_line()
    {
        var error = Single(Valid.Replace("max-months: 6", "max-month: 6", StringComparison.Ordinal));

        Assert.Equal(RuleCodes.UnknownParameter, error.Code);
        Assert.Equal(13, error.Line);
    }

    [Fact]
    public void A_parameter_value_that_cannot_be_read_is_reported()
    {
        var error = Single(Valid.Replace("max-months: 6", "max-months: six", StringComparison.Ordinal));

        Assert.Equal(RuleCodes.InvalidParameter, error.Code);
        Assert.Equal("principles[0].criteria[0].parameters.max-months", error.Field);
    }

    [Fact]
    public void An_unknown_key_is_reported()
    {
        var error = Single(Valid.Replace("weight: 2", "wieght: 2", StringComparison.Ordinal));

        Assert.Equal(RuleCodes.UnknownField, error.Code);
        Assert.Equal(8, error.Line);
    }

    [Fact]
    public void A_negative_weight_is_reported()
    {
        var error = Single(Valid.Replace("weight: 2", "weight: -2", StringComparison.Ordinal));

        Assert.Equal(RuleCodes.InvalidValue, error.Code);
    }

    [Fact]
    public void A_missing_required_key_is_reported()
    {
        var error = Single(Valid.Replace("version: \"3\"\n", string.Empty, StringComparison.Ordinal));

        Assert.Equal(RuleCodes.MissingField, error.Code);
        Assert.Equal("version", error.Field);
    }

    [Fact]
    public void A_duplicate_criterion_id_is_reported()
    {
        var error = Single(Valid.Replace("id: dean-sign-off", "id: reviewed", StringComparison.Ordinal));

        Assert.Equal(RuleCodes.DuplicateId, error.Code);
    }

    [Fact]
    public void A_criterion_with_both_a_check_and_an_attestation_is_reported()
    {
        var error = Single(Valid.Replace("weight: 0.5", "weight: 0.5\n        check: open-entry", StringComparison.Ordinal));

        Assert.Equal(RuleCodes.CriterionKind, error.Code);
    }

    [Fact]
    public void A_check_that_cannot_judge_the_subjects_is_reported()
    {
        var error = Single(Valid.Replace("appliesTo: [microcredential]", "appliesTo: [pathway]", StringComparison.Ordinal));

        Assert.Equal(RuleCodes.CheckNotApplicable, error.Code);
    }

    [Fact]
    public void An_unknown_subject_kind_is_reported()
    {
        var error = Single(Valid.Replace("appliesTo: [microcredential]", "appliesTo: [microcredential, course]", StringComparison.Ordinal));

        Assert.Equal(RuleCodes.InvalidValue, error.Code);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void A_required_parameter_left_out_is_reported()
    {
        var error = Single(Valid.Replace("check: review-age\n        parameters: { max-months: 6 }", "check: eu-element", StringComparison.Ordinal));

        Assert.Equal(RuleCodes.MissingField, error.Code);
    }

    [Fact]
    public void Every_problem_is_reported_in_one_pass()
    {
        var yaml = Valid
            .Replace("wieght", "x", StringComparison.Ordinal)
            .Replace("weight: 2", "wieght: 2", StringComparison.Ordinal)
            .Replace("title: Dean signed off", "titel: Dean signed off", StringComparison.Ordinal)
            .Replace("id: lakeshore-quality", "id: lakeshore-quality\nowner: me", StringComparison.Ordinal);

        var errors = FrameworkLoader.LoadFramework("f.yaml", yaml).Errors;

        Assert.Equal([RuleCodes.UnknownField, RuleCodes.UnknownField, RuleCodes.UnknownField, RuleCodes.MissingField], errors.Select(e => e.Code).Order(StringComparer.Ordinal).Reverse());
    }

    [Theory]
    [InlineData("")] // Empty text.
    [InlineData("just a string")] // A scalar, not a mapping.
    [InlineData("- a\n- b")] // A list at the top.
    [InlineData("id: [1, 2]\nversion: {a: b}\ntitle: t\nappliesTo: microcredential\nprinciples: x")] // Wrong shapes everywhere.
    [InlineData("principles:\n  - 5\n  - id: p\n    criteria: [7]")] // Scalars where mappings belong.
    [InlineData("id: a\nid: b")] // A duplicate key.
    [InlineData("{{{{")] // Broken flow syntax.
    [InlineData("a: &x [*x]")] // A self-referencing alias.
    [InlineData("---\nid: a\n---\nid: b")] // Two documents.
    [InlineData("p: { m\nax: 6 }\nq: r")] // A flow mapping broken inside a key: YamlDotNet throws InvalidOperationException here.
    [InlineData("a:\n  b: { c: 3 }*d:\n  e: f")] // An alias glued to a flow mapping: YamlDotNet throws ArgumentException here.
    public void Malformed_text_gives_errors_and_never_throws(string yaml)
    {
        var framework = FrameworkLoader.LoadFramework("bad.yaml", yaml);
        var @override = FrameworkLoader.LoadOverride("bad.yaml", yaml);

        Assert.True(framework.HasErrors);
        Assert.Null(framework.Framework);
        Assert.True(@override.HasErrors);
        Assert.All(framework.Errors.Concat(@override.Errors), e => Assert.StartsWith("framework.", e.Code, StringComparison.Ordinal));
    }

    [Fact]
    public void Randomly_damaged_frameworks_give_results_and_never_throw()
    {
        var random = new Random(2022);
        var symbols = ":-[]{}&*!|>'\"#, \n\t";
        var outcomes = 0;

        for (var i = 0; i < 500; i++)
        {
            var text = Valid.ToCharArray().ToList();
            for (var edits = random.Next(1, 6); edits > 0; edits--)
            {
                var at = random.Next(text.Count);
                switch (random.Next(3))
                {
                    case 0: text.RemoveAt(at); break;
                    case 1: text.Insert(at, symbols[random.Next(symbols.Length)]); break;
                    default: text[at] = symbols[random.Next(symbols.Length)]; break;
                }
            }

            var yaml = new string([.. text]);
            var result = FrameworkLoader.LoadFramework("damaged.yaml", yaml);
            _ = FrameworkLoader.LoadOverride("damaged.yaml", yaml);
            Assert.True(result.HasErrors == (result.Framework is null));
            outcomes++;
        }

        Assert.Equal(500, outcomes);
    }

    [Fact]
    public void An_override_without_a_framework_is_reported()
    {
        var error = Assert.Single(FrameworkLoader.LoadOverride("o.yaml", "disabled: [access.outreach]").Errors);

        Assert.Equal(RuleCodes.MissingField, error.Code);
    }

    [Fact]
    public void An_override_with_an_unreadable_weight_is_reported_at_its_line()
    {
        var error = Assert.Single(FrameworkLoader.LoadOverride("o.yaml", "framework: mvf\nweights:\n  principles:\n    access: heavy").Errors);

        Assert.Equal(RuleCodes.InvalidValue, error.Code);
        Assert.Equal(4, error.Line);
        Assert.Equal("weights.principles.access", error.Field);
    }

    [Fact]
    public void An_override_with_an_unknown_key_is_reported()
    {
        var error = Assert.Single(FrameworkLoader.LoadOverride("o.yaml", "framework: mvf\nthresholds: {}").Errors);

        Assert.Equal(RuleCodes.UnknownField, error.Code);
    }

    [Fact]
    public void An_added_criterion_without_a_principle_is_reported()
    {
        var error = Assert.Single(FrameworkLoader.LoadOverride("o.yaml", "framework: mvf\naddedCriteria:\n  - id: x\n    title: X\n    check: open-entry").Errors);

        Assert.Equal(RuleCodes.MissingField, error.Code);
        Assert.Equal(3, error.Line);
    }
}
