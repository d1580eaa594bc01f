using System.Diagnostics;
using Credence.Domain.Evaluation;
using Credence.Domain.Frameworks;

namespace Credence.Benchmarks.Evaluation;

/// <summary>Runs the evaluation benchmark's workload a few times and prints wall-clock and processor time per round.</summary>
/// <remarks>
/// Processor time is reported beside wall-clock time because the build machine is shared: when other jobs keep its two cores
/// busy, wall-clock time measures the queue as much as the evaluator. Run with <c>dotnet run -c Release -- evaluation-harness</c>.
/// </remarks>
internal static class EvaluationHarness
{
    public static void Run(int rounds = 5)
    {
        var portfolio = new GeneratedPortfolio(10_000, 1_000);
        var frameworks = BuiltInFrameworks.All;
        using var process = Process.GetCurrentProcess();
        for (var round = 1; round <= rounds; round++)
        {
            process.Refresh();
            var processorBefore = process.TotalProcessorTime;
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            var scorecards = 0;
            foreach (var framework in frameworks)
            {
                if (Evaluator.AppliesTo(framework, SubjectKind.Microcredential))
                {
                    foreach (var microcredential in portfolio.Microcredentials)
                    {
                        _ = Evaluator.Evaluate(microcredential, framework, portfolio.Context);
                        scorecards++;
                    }
                }

                if (Evaluator.AppliesTo(framework, SubjectKind.Pathway))
                {
                    foreach (var pathway in portfolio.Pathways)
                    {
                        _ = Evaluator.Evaluate(pathway, framework, portfolio.Context);
                        scorecards++;
                    }
                }
            }

            clock.Stop();
            process.Refresh();
            Console.WriteLine(
                $"round {round}: {scorecards} scorecards, wall {clock.Elapsed.TotalMilliseconds:F0} ms, " +
                $"processor {(process.TotalProcessorTime - processorBefore).TotalMilliseconds:F0} ms, " +
                $"allocated {(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / 1_000_000} MB");
        }
    }
}
