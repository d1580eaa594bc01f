namespace Credence.Domain.Microcredentials;

/// <summary>The level a microcredential is pitched at.</summary>
public enum CredentialLevel
{
    /// <summary>No prior knowledge expected.</summary>
    Foundational,

    /// <summary>Some prior knowledge or experience expected.</summary>
    Intermediate,

    /// <summary>Builds on substantial prior knowledge.</summary>
    Advanced,

    /// <summary>Specialist or expert level.</summary>
    Expert,
}
