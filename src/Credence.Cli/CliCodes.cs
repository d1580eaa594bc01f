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

    /// <summary>The key file given with <c>--key</c> is not a valid key file, or lacks what the command needs (a private key, a verification method id).</summary>
    public const string InvalidKeyFile = "cli.invalid-key-file";

    /// <summary>The key type cannot make the proof asked for (eddsa-rdfc-2022 needs an Ed25519 key).</summary>
    public const string UnsupportedKey = "cli.unsupported-key";

    /// <summary>A credential could not be signed: not a JSON object, or rejected by JSON-LD safe mode.</summary>
    public const string SignFailed = "cli.sign-failed";

    /// <summary>A credential did not verify: a check failed or could not be made.</summary>
    public const string NotVerified = "cli.not-verified";

    /// <summary>A file given with <c>--status-list</c> or <c>--did-document</c> is not a usable document.</summary>
    public const string InvalidDocument = "cli.invalid-document";

    /// <summary>The credential could not be baked into the image (see the <c>bake.*</c> code in the message).</summary>
    public const string BakeFailed = "cli.bake-failed";

    /// <summary>No credential could be taken out of the image (see the <c>bake.*</c> code in the message).</summary>
    public const string UnbakeFailed = "cli.unbake-failed";

    /// <summary><c>credence issue</c> cannot open the database: an unknown provider, or PostgreSQL without a connection string.</summary>
    public const string DatabaseNotConfigured = "cli.database-not-configured";

    /// <summary><c>credence issue</c> without <c>--institution</c> found no institution, or several, in the database.</summary>
    public const string InstitutionAmbiguous = "cli.institution-ambiguous";

    /// <summary>An unexpected failure (a bug or the machine); the command exits 3.</summary>
    public const string Unexpected = "cli.unexpected";
}
