namespace Credence.Cli;

/// <summary>What every command writes to, reads standard input from and reads the time from, so tests can run commands in-process.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, TimeProvider Time)
{
    /// <summary>Opens standard input (for file arguments given as <c>-</c>).</summary>
    public Func<Stream> OpenStandardInput { get; init; } = Console.OpenStandardInput;
}
