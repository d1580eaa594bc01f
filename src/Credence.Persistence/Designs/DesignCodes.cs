namespace Credence.Persistence.Designs;

/// <summary>Stable codes for what the design store refuses to do.</summary>
public static class DesignCodes
{
    /// <summary>No institution has the given slug.</summary>
    public const string InstitutionNotFound = "design.institution-not-found";

    /// <summary>No design of that kind has the given id in the institution.</summary>
    public const string NotFound = "design.not-found";

    /// <summary>A design of that kind with the given id already exists in the institution.</summary>
    public const string AlreadyExists = "design.already-exists";

    /// <summary>Publishing needs a draft, and the design has none.</summary>
    public const string NoDraft = "design.no-draft";
}
