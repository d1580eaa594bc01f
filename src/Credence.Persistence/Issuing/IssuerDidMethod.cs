namespace Credence.Persistence.Issuing;

/// <summary>The DID method an institution signs as.</summary>
public enum IssuerDidMethod
{
    /// <summary><c>did:web</c> under the public base URL, listing every key of the institution.</summary>
    Web,

    /// <summary><c>did:key</c> of the active key: nothing to publish, but the issuer id changes when the key rotates.</summary>
    Key,
}
