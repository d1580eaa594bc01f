namespace Credence.Persistence.Entities;

/// <summary>What a design describes.</summary>
public enum DesignKind
{
    /// <summary>A microcredential.</summary>
    Microcredential,

    /// <summary>A pathway of stacked microcredentials.</summary>
    Pathway,
}
