namespace Credence.Cli;

/// <summary>Stable codes the command line reports on stderr as <c>code: message</c> (docs/errors.md, "Command line").</summary>
internal static class CliCodes
{
    /// <summary>The command line could not be parsed: unknown option, missing argument, bad value.</summary>
    public const string Usage = "cli.usage";

    /// <summary>A file or folder named on the command line does not exist.</summary>
    public const string PathNotFound = "cli.path-not-found";

    /// <summary>A file named on the command line could not be read.</summary>
    public const string ReadFailed = "cli.read-failed";

    /// <summary>The paths given hold no microcredential or pathway to evaluate.</summary>
    public const string NothingToEvaluate = "cli.nothing-to-evaluate";

    /// <summary><c>--framework</c> names a framework that is neither built in nor a framework file.</summary>
    public const string UnknownFramework = "cli.unknown-framework";

    /// <summary>A framework override names a framework that was not loaded.</summary>
    public const string OverrideFrameworkUnknown = "cli.override-framework-unknown";

    /// <summary>A scorecard's overall score is below <c>--fail-under</c>, or could not be computed.</summary>
    public const string ScoreBelowThreshold = "cli.score-below-threshold";

    /// <summary>The report could not be written to <c>--out</c>.</summary>
    public const string WriteFailed = "cli.write-failed";

    /// <summary>An unexpected failure (a bug or the machine); the command exits 3.</summary>
    public const string Unexpected = "cli.unexpected";
}
