namespace Credence.Persistence.Entities;

/// <summary>One Bitstring Status List of an institution: its bits, its index allocator and its last signed list credential.</summary>
public sealed class StatusList
{
    /// <summary>The database key.</summary>
    public long Id { get; set; }

    /// <summary>The owning institution's key.</summary>
    public long InstitutionId { get; set; }

    /// <summary>The owning institution.</summary>
    public Institution? Institution { get; set; }

    /// <summary>Revocation or suspension.</summary>
    public StatusPurpose Purpose { get; set; }

    /// <summary>The list's number among the institution's lists of that purpose, 1 for the first.</summary>
    public int Number { get; set; }

    /// <summary>The number of entries.</summary>
    public int Length { get; set; }

    /// <summary>How many indexes were handed out; only ever grows, so no index is used twice.</summary>
    public int Allocated { get; set; }

    /// <summary>An odd multiplier of the permutation that maps allocation order to indexes.</summary>
    public int PermutationMultiplier { get; set; }

    /// <summary>The offset of that permutation.</summary>
    public int PermutationOffset { get; set; }

    /// <summary>The uncompressed bitstring as last published.</summary>
    public byte[]? Bits { get; set; }

    /// <summary>The signed <c>BitstringStatusListCredential</c> as last published.</summary>
    public string? CredentialJson { get; set; }

    /// <summary>When the list credential was last signed.</summary>
    public DateTimeOffset? SignedAt { get; set; }

    /// <summary>Set when a credential's state changed after the last signing.</summary>
    public bool Stale { get; set; }

    /// <summary>An optimistic concurrency token, bumped on every publication.</summary>
    public int Version { get; set; }
}
