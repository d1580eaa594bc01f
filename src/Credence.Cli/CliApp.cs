using System.CommandLine;

namespace Credence.Cli;

/// <summary>Builds the <c>credence</c> root command from one command per verb and runs it.</summary>
internal static class CliApp
{
    public static RootCommand BuildRootCommand(CliContext context)
    {
        var root = new RootCommand("Credence: design, value, issue and verify microcredentials.");
        root.Subcommands.Add(Commands.JsonLdCommand.Build(context));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Stream? stdin = null, CancellationToken cancellationToken = default)
    {
        var context = new CliContext(stdout, stderr, TimeProvider.System);
        if (stdin is not null)
        {
            context = context with { OpenStandardInput = () => stdin };
        }

        var root = BuildRootCommand(context);
        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr };
        try
        {
            var parseResult = root.Parse(args);
            if (parseResult.Errors.Count > 0)
            {
                // Usage errors exit 2 (CONVENTIONS §5), not System.CommandLine's default 1.
                foreach (var error in parseResult.Errors)
                {
                    await stderr.WriteLineAsync($"{CliCodes.Usage}: {error.Message}").ConfigureAwait(false);
                }

                return ExitCodes.Usage;
            }

            return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await stderr.WriteLineAsync($"{CliCodes.Unexpected}: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.UnexpectedFailure;
        }
    }
}
