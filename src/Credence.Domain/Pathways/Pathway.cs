using Credence.Domain.Common;

namespace Credence.Domain.Pathways;

/// <summary>Two or more microcredentials that stack, stage by stage, toward a job and onward to further credentials.</summary>
public sealed record Pathway
{
    /// <summary>A stable identifier, unique within an institution.</summary>
    public required string Id { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>A plain-language description.</summary>
    public string? Description { get; init; }

    /// <summary>Who offers it.</summary>
    public ProviderInfo? Provider { get; init; }

    /// <summary>The stages; a stage lists the stages that come before it, so stages form an ordered or branching graph.</summary>
    public IReadOnlyList<PathwayStage> Stages { get; init; } = [];

    /// <summary>Exit points with the occupations they lead to.</summary>
    public IReadOnlyList<OffRamp> OffRamps { get; init; } = [];

    /// <summary>What the pathway stacks into (certificate, degree, industry certification) with the credit carried.</summary>
    public IReadOnlyList<StackTarget> StacksInto { get; init; } = [];

    /// <summary>The occupations the whole pathway leads to (SOC 2018 or O*NET-SOC codes).</summary>
    public IReadOnlyList<string> TargetOccupations { get; init; } = [];

    /// <summary>The labor-market region it serves.</summary>
    public RegionRef? Region { get; init; }

    /// <summary>Employers who initiated, validated or support the pathway.</summary>
    public IReadOnlyList<EmployerEngagement> EmployerPartners { get; init; } = [];

    /// <summary>When the design was last updated.</summary>
    public DateOnly? LastUpdated { get; init; }

    /// <summary>Where it is published.</summary>
    public Publication? Publication { get; init; }

    /// <summary>Reviewer attestations for criteria that need human judgement.</summary>
    public IReadOnlyList<Attestation> Attestations { get; init; } = [];
}
