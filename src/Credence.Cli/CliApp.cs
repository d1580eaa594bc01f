using System.CommandLine;
using Credence.Cli.Commands;

namespace Credence.Cli;

/// <summary>Builds the <c>credence</c> root command from one command per verb and runs it.</summary>
internal static class CliApp
{
    public static RootCommand BuildRootCommand(CliContext context)
    {
        var root = new RootCommand("Credence: design, value, issue and verify microcredentials.");
        root.Subcommands.Add(DataCommand.Create(context));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        var context = new CliContext(stdout, stderr, TimeProvider.System);
        var root = BuildRootCommand(context);
        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr };
        try
        {
            return await root.Parse(args).InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await stderr.WriteLineAsync($"cli.unexpected: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.UnexpectedFailure;
        }
    }
}
