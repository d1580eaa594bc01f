namespace Credence.Domain.Common;

/// <summary>A reviewer's confirmation, with evidence, of a criterion that needs human judgement.</summary>
public sealed record Attestation
{
    /// <summary>The criterion attested, by its full id (for example <c>mvf.quality.aligned-to-needs</c>).</summary>
    public required string Criterion { get; init; }

    /// <summary>Whether the reviewer confirms the criterion is met.</summary>
    public bool Confirmed { get; init; } = true;

    /// <summary>Who attested.</summary>
    public required string By { get; init; }

    /// <summary>When.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Links or references to the evidence.</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];

    /// <summary>The reviewer's notes.</summary>
    public string? Notes { get; init; }
}
