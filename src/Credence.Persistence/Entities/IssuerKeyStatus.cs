namespace Credence.Persistence.Entities;

/// <summary>Whether an issuer key signs new credentials.</summary>
public enum IssuerKeyStatus
{
    /// <summary>Signs new credentials.</summary>
    Active,

    /// <summary>Replaced by a newer key; kept so credentials it signed still verify.</summary>
    Retired,
}
