using BenchmarkDotNet.Running;
using Credence.Benchmarks.Evaluation;

if (args is ["evaluation-harness"])
{
    EvaluationHarness.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
