namespace Credence.Persistence.Designs;

/// <summary>Which version of a design to read.</summary>
public enum DesignVersionChoice
{
    /// <summary>The newest published version.</summary>
    Published,

    /// <summary>The open draft.</summary>
    Draft,

    /// <summary>The draft if there is one, otherwise the newest published version.</summary>
    Newest,
}
