using BenchmarkDotNet.Running;
using Credence.Benchmarks;
using Credence.Benchmarks.Evaluation;

if (args is ["search-latency"])
{
    SearchLatency.Run(Console.Out);
    return;
}

if (args is ["seed-catalog", var databaseFile, ..] && args.Length <= 4)
{
    var count = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
    var samples = args.Length > 3 ? args[3] : "samples";
    await CatalogSeeder.RunAsync(Console.Out, databaseFile, count, samples);
    return;
}

if (args is ["data-integrity-cpu", ..] && args.Length <= 2)
{
    await DataIntegrityCpuHarness.RunAsync(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000);
    return;
}

if (args is ["bulk-issuance", var bulkProvider, ..] && args.Length <= 5)
{
    var rows = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
    var batch = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 1000;
    await BulkIssuanceHarness.RunAsync(Console.Out, bulkProvider, rows, batch, args.Length > 4 ? args[4] : null);
    return;
}

if (args is ["evaluation-harness"])
{
    EvaluationHarness.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
