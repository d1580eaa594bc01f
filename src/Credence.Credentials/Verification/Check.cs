namespace Credence.Credentials.Verification;

/// <summary>One verification check with its stable code, outcome and a human-readable message.</summary>
/// <param name="Code">The stable code from <see cref="VerificationCodes"/>.</param>
/// <param name="Status">The outcome of the check.</param>
/// <param name="Message">A human-readable explanation; wording may change between releases, the code never does.</param>
/// <param name="Path">Where in the input the check looked (a JSON path or pointer), when it applies to one place.</param>
public sealed record Check(string Code, CheckStatus Status, string Message, string? Path = null)
{
    /// <summary>Creates a passed check.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="message">The explanation.</param>
    /// <param name="path">Where the check looked.</param>
    /// <returns>The check.</returns>
    public static Check Passed(string code, string message, string? path = null) => new(code, CheckStatus.Passed, message, path);

    /// <summary>Creates a failed check.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="message">The explanation.</param>
    /// <param name="path">Where the check looked.</param>
    /// <returns>The check.</returns>
    public static Check Failed(string code, string message, string? path = null) => new(code, CheckStatus.Failed, message, path);

    /// <summary>Creates a skipped check.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="message">The explanation.</param>
    /// <param name="path">Where the check looked.</param>
    /// <returns>The check.</returns>
    public static Check Skipped(string code, string message, string? path = null) => new(code, CheckStatus.Skipped, message, path);

    /// <summary>Creates a check that applies but could not be run.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="message">The explanation.</param>
    /// <param name="path">Where the check looked.</param>
    /// <returns>The check.</returns>
    public static Check NotChecked(string code, string message, string? path = null) => new(code, CheckStatus.NotChecked, message, path);
}
