using Credence.Domain.Evaluation;
using Credence.Domain.Frameworks;

namespace Credence.Domain.Tests.Evaluation;

/// <summary>Every built-in criterion, for every kind of subject it applies to, has a passing case (the excellent design) and a named failing case.</summary>
public sealed class BuiltInCriteriaTests
{
    public static TheoryData<string, string> Criteria()
    {
        var data = new TheoryData<string, string>();
        foreach (var (kind, id, _) in AllCriteria())
        {
            data.Add(new TheoryDataRow<string, string>(kind, id) { TestDisplayName = $"{id} ({kind})" });
        }

        return data;
    }

    public static TheoryData<string, string> FailingCriteria()
    {
        var data = new TheoryData<string, string>();
        foreach (var (kind, id, check) in AllCriteria())
        {
            var name = Find(kind, id, check)?.Name ?? "no failing case written";
            data.Add(new TheoryDataRow<string, string>(kind, id) { TestDisplayName = $"{id} ({kind}): {name}" });
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Criteria))]
    public void Excellent_design_meets_the_criterion(string kind, string criterionId)
    {
        var result = Evaluate(kind, criterionId, null);

        Assert.True(result.Status == CriterionStatus.Met, $"{result.Status}: {result.Summary}");
        Assert.Null(result.Recommendation);
        Assert.Null(result.Code);
        Assert.NotEmpty(result.Evidence);
    }

    [Theory]
    [MemberData(nameof(FailingCriteria))]
    public void Failing_case_falls_short_with_evidence_and_a_recommendation(string kind, string criterionId)
    {
        var check = AllCriteria().Single(c => c.Kind == kind && c.Id == criterionId).Check;
        var failing = Find(kind, criterionId, check);
        Assert.NotNull(failing);

        var result = Evaluate(kind, criterionId, failing);

        Assert.Equal(failing.Expected, result.Status);
        Assert.False(string.IsNullOrWhiteSpace(result.Recommendation));
        Assert.NotNull(result.Code);
        Assert.NotEmpty(result.Evidence);
    }

    private static CriterionResult Evaluate(string kind, string criterionId, FailingCases.Case? change)
    {
        var frameworkId = criterionId[..criterionId.IndexOf('.', StringComparison.Ordinal)];
        var framework = BuiltInFrameworks.Get(frameworkId);
        var context = Subjects.Context();
        if (change?.Context is { } changeContext)
        {
            context = changeContext(context);
        }

        Scorecard scorecard;
        if (kind == "microcredential")
        {
            var subject = Subjects.Excellent();
            scorecard = Evaluator.Evaluate(change?.Microcredential is { } m ? m(subject) : subject, framework, context);
        }
        else
        {
            var subject = Subjects.ExcellentPathway();
            scorecard = Evaluator.Evaluate(change?.Pathway is { } p ? p(subject) : subject, framework, context);
        }

        return scorecard.Criteria.Single(c => c.CriterionId == criterionId);
    }

    private static FailingCases.Case? Find(string kind, string criterionId, string? check)
    {
        var cases = kind == "microcredential" ? FailingCases.ForMicrocredentials : FailingCases.ForPathways;
        return cases.GetValueOrDefault(criterionId) ?? (check is null ? null : cases.GetValueOrDefault(check));
    }

    private static IEnumerable<(string Kind, string Id, string? Check)> AllCriteria() =>
        from framework in BuiltInFrameworks.All
        from principle in framework.Principles
        from criterion in principle.Criteria
        from kind in criterion.AppliesTo.Count > 0 ? criterion.AppliesTo : framework.AppliesTo
        select (kind == SubjectKind.Microcredential ? "microcredential" : "pathway", $"{framework.Id}.{principle.Id}.{criterion.Id}", criterion.Check);
}
