using System.CommandLine;
using Credence.Cli.Commands;

namespace Credence.Cli;

/// <summary>Builds the <c>credence</c> root command from one command per verb and runs it.</summary>
internal static class CliApp
{
    public static RootCommand BuildRootCommand(CliContext context)
    {
        var root = new RootCommand("Credence: design, value, issue and verify microcredentials.");
        root.Subcommands.Add(EvaluateCommand.Create(context));
        root.Subcommands.Add(DataCommand.Create(context));
        root.Subcommands.Add(JsonLdCommand.Build(context));
        root.Subcommands.Add(KeysCommand.Create(context));
        root.Subcommands.Add(SignCommand.Create(context));
        root.Subcommands.Add(VerifyCommand.Create(context));
        root.Subcommands.Add(BakeCommand.Create(context));
        root.Subcommands.Add(UnbakeCommand.Create(context));
        root.Subcommands.Add(IssueCommand.Create(context));
        return root;
    }

    /// <summary>Runs the command line against the process console.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        var isConsole = ReferenceEquals(stdout, Console.Out);
        var color = isConsole && !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var errorIsTerminal = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
        return RunAsync(args, new CliContext(stdout, stderr, TimeProvider.System, color, errorIsTerminal), cancellationToken);
    }

    /// <summary>Runs the command line with the given context; usage errors exit 2, unexpected failures 3.</summary>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = BuildRootCommand(context);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                await context.Error.WriteLineAsync($"{CliCodes.Usage}: {error.Message}").ConfigureAwait(false);
            }

            await context.Error.WriteLineAsync("Run 'credence --help' for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await context.Error.WriteLineAsync($"{CliCodes.Unexpected}: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.UnexpectedFailure;
        }
    }
}
