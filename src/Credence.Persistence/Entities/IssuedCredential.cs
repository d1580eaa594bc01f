namespace Credence.Persistence.Entities;

/// <summary>A credential an institution signed: the JSON exactly as signed, plus what revocation, expiry and the wallet need.</summary>
public sealed class IssuedCredential
{
    /// <summary>The database key.</summary>
    public long Id { get; set; }

    /// <summary>The credential's id without its <c>urn:uuid:</c> prefix.</summary>
    public Guid CredentialId { get; set; }

    /// <summary>The issuing institution's key.</summary>
    public long InstitutionId { get; set; }

    /// <summary>The issuing institution.</summary>
    public Institution? Institution { get; set; }

    /// <summary>The learner's key.</summary>
    public long LearnerId { get; set; }

    /// <summary>The learner.</summary>
    public Learner? Learner { get; set; }

    /// <summary>The microcredential version's key.</summary>
    public long DesignVersionId { get; set; }

    /// <summary>The microcredential version it certifies.</summary>
    public DesignVersion? DesignVersion { get; set; }

    /// <summary>The award it was issued for.</summary>
    public long? AwardId { get; set; }

    /// <summary>The key that signed it.</summary>
    public long IssuerKeyId { get; set; }

    /// <summary>The signed credential, exactly as signed.</summary>
    public required string Json { get; set; }

    /// <summary>The status list its <c>credentialStatus</c> points into.</summary>
    public long StatusListId { get; set; }

    /// <summary>Its index in that list.</summary>
    public int StatusListIndex { get; set; }

    /// <summary>Active, suspended or revoked.</summary>
    public CredentialState State { get; set; }

    /// <summary>Why it was suspended or revoked.</summary>
    public string? StateReason { get; set; }

    /// <summary>When the state last changed.</summary>
    public DateTimeOffset? StateChangedAt { get; set; }

    /// <summary>When it was signed.</summary>
    public DateTimeOffset IssuedAt { get; set; }

    /// <summary>Its <c>validFrom</c>.</summary>
    public DateTimeOffset ValidFrom { get; set; }

    /// <summary>Its <c>validUntil</c>, when it expires.</summary>
    public DateTimeOffset? ValidUntil { get; set; }

    /// <summary>What makes issuing it idempotent, unique per institution (for bulk rows: microcredential, learner and row key).</summary>
    public required string IdempotencyKey { get; set; }

    /// <summary>Whether the learner made its public badge page visible to anyone with the link.</summary>
    public bool IsPublic { get; set; }

    /// <summary>The credential this one replaced (reissue or renewal).</summary>
    public long? ReplacesId { get; set; }
}
