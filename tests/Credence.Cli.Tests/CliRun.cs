using Microsoft.Extensions.Time.Testing;

namespace Credence.Cli.Tests;

/// <summary>Runs the <c>credence</c> root command in-process and captures what it wrote.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>The clock tests run at: 2026-11-28, the date the sample institution was written for.</summary>
    public static DateTimeOffset Now { get; } = new(2026, 11, 28, 15, 0, 0, TimeSpan.Zero);

    public static async Task<CliRun> RunAsync(params string[] args) => await RunAsync(new FakeTimeProvider(Now), args);

    public static async Task<CliRun> RunAsync(TimeProvider time, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var context = new CliContext(stdout, stderr, time);

        var exitCode = await CliApp.RunAsync(args, context, TestContext.Current.CancellationToken);

        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The repository's <c>samples</c> folder.</summary>
    public static string Samples { get; } = Path.Combine(RepositoryRoot(), "samples");

    /// <summary>The built-in framework files, as an institution would copy them to make its own.</summary>
    public static string BuiltInFrameworks { get; } = Path.Combine(RepositoryRoot(), "src", "Credence.Domain", "Frameworks", "BuiltIn");

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Credence.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Credence.slnx not found above the test binaries.");
    }
}
