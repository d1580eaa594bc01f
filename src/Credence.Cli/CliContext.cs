namespace Credence.Cli;

/// <summary>What every command writes to and reads the time from, so tests can run commands in-process.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, TimeProvider Time);
