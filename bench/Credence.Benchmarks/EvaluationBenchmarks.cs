using BenchmarkDotNet.Attributes;
using Credence.Benchmarks.Evaluation;
using Credence.Domain.Evaluation;
using Credence.Domain.Frameworks;

namespace Credence.Benchmarks;

/// <summary>Evaluating 10,000 generated microcredentials and 1,000 pathways against every built-in framework that applies to them (issue #2 target: under 1 s).</summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private GeneratedPortfolio _portfolio = null!; // Set in GlobalSetup before any benchmark runs.

    [GlobalSetup]
    public void Setup()
    {
        _portfolio = new GeneratedPortfolio(10_000, 1_000);

        // Load the embedded frameworks outside the measurement.
        _ = BuiltInFrameworks.All;
    }

    /// <summary>Every microcredential and pathway against every built-in framework that applies, on one thread.</summary>
    [Benchmark(Baseline = true)]
    public int EvaluateAll()
    {
        var criteria = 0;
        foreach (var framework in BuiltInFrameworks.All)
        {
            if (Evaluator.AppliesTo(framework, SubjectKind.Microcredential))
            {
                foreach (var microcredential in _portfolio.Microcredentials)
                {
                    criteria += Evaluator.Evaluate(microcredential, framework, _portfolio.Context).Criteria.Count;
                }
            }

            if (Evaluator.AppliesTo(framework, SubjectKind.Pathway))
            {
                foreach (var pathway in _portfolio.Pathways)
                {
                    criteria += Evaluator.Evaluate(pathway, framework, _portfolio.Context).Criteria.Count;
                }
            }
        }

        return criteria;
    }

    /// <summary>The same work spread over the machine's cores (the evaluator is pure, so subjects evaluate independently).</summary>
    [Benchmark]
    public int EvaluateAllInParallel()
    {
        var criteria = 0;
        foreach (var framework in BuiltInFrameworks.All)
        {
            if (Evaluator.AppliesTo(framework, SubjectKind.Microcredential))
            {
                criteria += _portfolio.Microcredentials.AsParallel().Sum(m => Evaluator.Evaluate(m, framework, _portfolio.Context).Criteria.Count);
            }

            if (Evaluator.AppliesTo(framework, SubjectKind.Pathway))
            {
                criteria += _portfolio.Pathways.AsParallel().Sum(p => Evaluator.Evaluate(p, framework, _portfolio.Context).Criteria.Count);
            }
        }

        return criteria;
    }
}
