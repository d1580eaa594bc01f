using System.Runtime.CompilerServices;
using Credence.Domain.Common;
using Credence.Domain.Evaluation.Checks;
using Credence.Domain.Frameworks;

namespace Credence.Domain.Evaluation;

/// <summary>A framework with its checks looked up and its parameters read once, kept per framework instance.</summary>
internal sealed class CompiledFramework
{
    private static readonly ConditionalWeakTable<ValueFramework, CompiledFramework> Cache = [];
    private readonly int _criterionCount;

    private CompiledFramework(ValueFramework framework)
    {
        Framework = framework;
        var problems = FrameworkRules.Validate(framework).ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException(
                $"Framework '{framework.Id}' is not valid: {string.Join("; ", problems.Select(p => $"{p.Code} at {p.Where}: {p.Message}"))}",
                nameof(framework));
        }

        Principles = framework.Principles
            .Select(p => new CompiledPrinciple(p, p.Criteria.Select(c => Compile(framework, p, c)).ToList()))
            .ToList();
        _criterionCount = Principles.Sum(p => p.Criteria.Count);
    }

    public ValueFramework Framework { get; }

    public IReadOnlyList<CompiledPrinciple> Principles { get; }

    public static CompiledFramework For(ValueFramework framework) => Cache.GetValue(framework, f => new CompiledFramework(f));

    private static CompiledCriterion Compile(ValueFramework framework, Principle principle, Criterion criterion)
    {
        var kinds = criterion.AppliesTo.Count > 0 ? criterion.AppliesTo : framework.AppliesTo;
        var check = criterion.Check is { } name ? CheckLibrary.All[name] : null;
        return new CompiledCriterion(
            $"{framework.Id}.{principle.Id}.{criterion.Id}",
            criterion,
            check,
            check is null ? null : new CheckArguments(check, criterion.Parameters),
            kinds.Contains(SubjectKind.Microcredential),
            kinds.Contains(SubjectKind.Pathway));
    }

    public Scorecard Evaluate<TSubject>(
        TSubject subject,
        SubjectKind kind,
        string id,
        string title,
        IReadOnlyList<Attestation> attestations,
        Func<Check, TSubject, CheckArguments, EvaluationContext, CheckOutcome> run,
        EvaluationContext context)
    {
        var principles = new List<PrincipleScore>(Principles.Count);
        var results = new List<CriterionResult>(_criterionCount);
        var principleScores = new List<(double Weight, double Score)>(Principles.Count);
        foreach (var principle in Principles)
        {
            int met = 0, partly = 0, notMet = 0, undecided = 0, applicable = 0;
            double weighted = 0, weights = 0;
            foreach (var criterion in principle.Criteria)
            {
                if (!criterion.AppliesTo(kind))
                {
                    continue;
                }

                applicable++;
                var outcome = criterion.Check is { } check
                    ? run(check, subject, criterion.Arguments!, context) // Arguments are compiled for every check criterion.
                    : AttestationJudge.Judge(criterion.FullId, criterion.Criterion, attestations, context.AsOf);
                var weight = criterion.Criterion.Weight;
                switch (outcome.Status)
                {
                    case CriterionStatus.Met:
                        met++;
                        weighted += weight;
                        weights += weight;
                        break;
                    case CriterionStatus.PartlyMet:
                        partly++;
                        weighted += weight / 2;
                        weights += weight;
                        break;
                    case CriterionStatus.NotMet:
                        notMet++;
                        weights += weight;
                        break;
                    default:
                        undecided++;
                        break;
                }

                results.Add(new CriterionResult
                {
                    CriterionId = criterion.FullId,
                    PrincipleId = principle.Principle.Id,
                    Title = criterion.Criterion.Title,
                    Status = outcome.Status,
                    Weight = weight,
                    IsAttestation = criterion.Check is null,
                    Summary = outcome.Summary,
                    Evidence = outcome.Evidence,
                    Recommendation = outcome.Status == CriterionStatus.Met ? null : outcome.Recommendation ?? criterion.Criterion.Recommendation,
                    Code = outcome.Status == CriterionStatus.Met ? null : outcome.Code,
                });
            }

            if (applicable == 0)
            {
                continue;
            }

            double? score = weights > 0 ? 100 * weighted / weights : null;
            if (score is { } s && principle.Principle.Weight > 0)
            {
                principleScores.Add((principle.Principle.Weight, s));
            }

            principles.Add(new PrincipleScore(principle.Principle.Id, principle.Principle.Title, principle.Principle.Weight, Round(score), met, partly, notMet, undecided));
        }

        var totalWeight = principleScores.Sum(p => p.Weight);
        double? overall = totalWeight > 0 ? principleScores.Sum(p => p.Weight * p.Score) / totalWeight : null;
        return new Scorecard
        {
            SubjectId = id,
            SubjectTitle = title,
            SubjectKind = kind,
            FrameworkId = Framework.Id,
            FrameworkTitle = Framework.Title,
            FrameworkVersion = Framework.Version,
            AsOf = context.AsOf,
            DataVintage = context.LaborMarket?.Vintage.ToString(),
            OverallScore = Round(overall),
            Principles = principles,
            Criteria = results,
        };
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero) : null;
}
