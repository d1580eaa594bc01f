namespace Credence.Persistence.Entities;

/// <summary>Where an issued credential stands.</summary>
public enum CredentialState
{
    /// <summary>Valid (until it expires).</summary>
    Active,

    /// <summary>Suspended for now; may be reinstated.</summary>
    Suspended,

    /// <summary>Revoked for good.</summary>
    Revoked,
}
