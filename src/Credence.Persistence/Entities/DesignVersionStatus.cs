namespace Credence.Persistence.Entities;

/// <summary>Where a design version stands.</summary>
public enum DesignVersionStatus
{
    /// <summary>Being edited; may change.</summary>
    Draft,

    /// <summary>Published; never changes again.</summary>
    Published,
}
