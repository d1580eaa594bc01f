namespace Credence.Domain.Pathways;

/// <summary>A stage of a pathway: one or more microcredentials and the rule for completing the stage.</summary>
public sealed record PathwayStage
{
    /// <summary>An identifier unique within the pathway.</summary>
    public required string Id { get; init; }

    /// <summary>The stage's title.</summary>
    public string? Title { get; init; }

    /// <summary>The microcredentials of the stage, by id.</summary>
    public required IReadOnlyList<string> Microcredentials { get; init; }

    /// <summary>How many of them complete the stage.</summary>
    public StageRule Rule { get; init; } = StageRule.AllOf;

    /// <summary>With <see cref="StageRule.NOf"/>: how many.</summary>
    public int? Count { get; init; }

    /// <summary>The stages that must be completed first; empty for an entry stage.</summary>
    public IReadOnlyList<string> After { get; init; } = [];

    /// <summary>The number of microcredentials that complete the stage.</summary>
    public int RequiredCount => Rule == StageRule.AllOf ? Microcredentials.Count : Count ?? 1;
}

/// <summary>How the microcredentials of a stage complete it.</summary>
public enum StageRule
{
    /// <summary>All of them.</summary>
    AllOf,

    /// <summary><see cref="PathwayStage.Count"/> of them.</summary>
    NOf,
}
