namespace Credence.Cli;

/// <summary>What every command writes to and reads the time from, so tests can run commands in-process.</summary>
/// <param name="Out">Where results go.</param>
/// <param name="Error">Where diagnostics and progress go.</param>
/// <param name="Time">The clock, read only at the edge (the default evaluation date).</param>
/// <param name="OutSupportsColor">True when <paramref name="Out"/> is a terminal that should get ANSI colours.</param>
/// <param name="ErrorIsTerminal">True when <paramref name="Error"/> is a terminal, so progress can redraw one line.</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error, TimeProvider Time, bool OutSupportsColor = false, bool ErrorIsTerminal = false);
