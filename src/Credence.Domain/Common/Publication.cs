namespace Credence.Domain.Common;

/// <summary>Where a microcredential or pathway is published for learners and employers to find.</summary>
public sealed record Publication
{
    /// <summary>The public page describing it.</summary>
    public string? PublicUrl { get; init; }

    /// <summary>Whether it is listed in a searchable public catalog.</summary>
    public bool CatalogListed { get; init; }

    /// <summary>Whether the issued badge is a verifiable, portable digital credential (Open Badges 3.0 or CLR 2.0).</summary>
    public bool DigitalBadge { get; init; }

    /// <summary>The credential standard the badge follows, for example <c>open-badges-3.0</c>.</summary>
    public string? BadgeStandard { get; init; }

    /// <summary>Whether the badge carries machine-readable metadata (skills, criteria, issuer) that can be verified by anyone.</summary>
    public bool MachineReadableMetadata { get; init; }
}
