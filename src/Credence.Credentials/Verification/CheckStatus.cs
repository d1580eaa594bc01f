namespace Credence.Credentials.Verification;

/// <summary>The outcome of one verification check.</summary>
public enum CheckStatus
{
    /// <summary>The check ran and the credential satisfied it.</summary>
    Passed,

    /// <summary>The check ran and the credential broke it.</summary>
    Failed,

    /// <summary>The check does not apply to this credential (for example, it has no status entry).</summary>
    Skipped,

    /// <summary>The check applies but could not be run (a status list or DID document was unreachable, a key unknown).</summary>
    NotChecked,
}
