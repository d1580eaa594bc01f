namespace Credence.Persistence.Entities;

/// <summary>A reviewer's attestation, with evidence, for a criterion that needs human judgement.</summary>
public sealed class CriterionAttestation
{
    /// <summary>The database key.</summary>
    public long Id { get; set; }

    /// <summary>The attested version's key.</summary>
    public long DesignVersionId { get; set; }

    /// <summary>The attested version.</summary>
    public DesignVersion? DesignVersion { get; set; }

    /// <summary>The criterion's full id (<c>mvf.quality.aligned-to-needs</c>).</summary>
    public required string CriterionId { get; set; }

    /// <summary>Whether the reviewer confirms the criterion is met.</summary>
    public bool Confirmed { get; set; }

    /// <summary>The reviewer's notes.</summary>
    public string? Notes { get; set; }

    /// <summary>Who attested (user id).</summary>
    public required string AttestedBy { get; set; }

    /// <summary>When.</summary>
    public DateTimeOffset AttestedAt { get; set; }

    /// <summary>The evidence the attestation rests on.</summary>
    public List<EvidenceLink> Evidence { get; } = [];
}
