namespace Credence.Persistence.Frameworks;

/// <summary>Stable codes for an institution's framework override that cannot be stored as it is (the loader's own problems keep their <c>framework.*</c> codes).</summary>
public static class FrameworkOverrideCodes
{
    /// <summary>The override names a framework that is not built in.</summary>
    public const string UnknownFramework = "framework-override.unknown-framework";

    /// <summary>The institution has no framework override.</summary>
    public const string NotFound = "framework-override.not-found";
}
