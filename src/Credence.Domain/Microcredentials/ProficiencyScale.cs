namespace Credence.Domain.Microcredentials;

/// <summary>An ordered scale of proficiency levels, lowest first.</summary>
public sealed record ProficiencyScale
{
    /// <summary>The scale's id.</summary>
    public required string Id { get; init; }

    /// <summary>The scale's name.</summary>
    public required string Name { get; init; }

    /// <summary>The levels, lowest first.</summary>
    public required IReadOnlyList<ProficiencyLevel> Levels { get; init; }
}

/// <summary>One level of a proficiency scale.</summary>
/// <param name="Id">The level's id, unique on its scale.</param>
/// <param name="Name">The level's name.</param>
/// <param name="Description">What a learner at this level can do.</param>
public sealed record ProficiencyLevel(string Id, string Name, string? Description = null);
