namespace Credence.Persistence.Entities;

/// <summary>A signing key of an institution: the public key in the clear, the secret key encrypted with ASP.NET Core Data Protection.</summary>
/// <remarks>Retired keys stay, so the institution's DID document keeps listing them and older credentials keep verifying.</remarks>
public sealed class IssuerKey
{
    /// <summary>The database key.</summary>
    public long Id { get; set; }

    /// <summary>The owning institution's key.</summary>
    public long InstitutionId { get; set; }

    /// <summary>The owning institution.</summary>
    public Institution? Institution { get; set; }

    /// <summary>The key type, <c>Ed25519</c>.</summary>
    public required string KeyType { get; set; }

    /// <summary>The public key as a Multikey <c>publicKeyMultibase</c> value (<c>z6Mk…</c>); also the fragment of its verification method id.</summary>
    public required string PublicKeyMultibase { get; set; }

    /// <summary>The <c>secretKeyMultibase</c> value, protected with Data Protection (never stored in the clear).</summary>
    public required string ProtectedSecretKey { get; set; }

    /// <summary>Active (signs new credentials) or retired (kept for verification only).</summary>
    public IssuerKeyStatus Status { get; set; }

    /// <summary>When the key was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the key was retired.</summary>
    public DateTimeOffset? RetiredAt { get; set; }
}
