namespace Credence.Cli;

/// <summary>The command line's own stable codes (printed as <c>code: message</c> on stderr).</summary>
internal static class CliCodes
{
    /// <summary>The command line could not be parsed or names a file that cannot be read.</summary>
    public const string Usage = "cli.usage";

    /// <summary>An unexpected failure (a bug or an environment problem).</summary>
    public const string Unexpected = "cli.unexpected";
}
