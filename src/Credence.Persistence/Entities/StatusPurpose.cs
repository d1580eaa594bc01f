namespace Credence.Persistence.Entities;

/// <summary>The purpose of a Bitstring Status List.</summary>
/// <seealso href="https://www.w3.org/TR/vc-bitstring-status-list/#bitstringstatuslistentry"/>
public enum StatusPurpose
{
    /// <summary><c>revocation</c>: a set bit revokes for good.</summary>
    Revocation,

    /// <summary><c>suspension</c>: a set bit suspends until it is cleared.</summary>
    Suspension,
}
