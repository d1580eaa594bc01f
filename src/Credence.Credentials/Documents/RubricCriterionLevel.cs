namespace Credence.Credentials.Documents;

/// <summary>A level of a rubric criterion (OB 3.0 RubricCriterionLevel).</summary>
/// <seealso href="https://www.imsglobal.org/spec/ob/v3p0/#rubriccriterionlevel"/>
public sealed record RubricCriterionLevel
{
    /// <summary>Gets the level id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the types, including <c>RubricCriterionLevel</c>.</summary>
    public IReadOnlyList<string> Type { get; init; } = ["RubricCriterionLevel"];

    /// <summary>Gets alignments.</summary>
    public IReadOnlyList<Alignment>? Alignment { get; init; }

    /// <summary>Gets the description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the level.</summary>
    public string? Level { get; init; }

    /// <summary>Gets the name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the points.</summary>
    public string? Points { get; init; }
}
