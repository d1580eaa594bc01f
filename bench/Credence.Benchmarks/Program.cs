using BenchmarkDotNet.Running;
using Credence.Benchmarks;
using Credence.Benchmarks.Evaluation;

if (args is ["search-latency"])
{
    SearchLatency.Run(Console.Out);
    return;
}

if (args is ["evaluation-harness"])
{
    EvaluationHarness.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
