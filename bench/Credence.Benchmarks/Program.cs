using BenchmarkDotNet.Running;
using Credence.Benchmarks;

if (args is ["search-latency"])
{
    SearchLatency.Run(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
