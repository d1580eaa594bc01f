namespace Credence.Credentials.Documents;

/// <summary>A result the achievement can record, such as a grade (OB 3.0 ResultDescription).</summary>
/// <seealso href="https://www.imsglobal.org/spec/ob/v3p0/#resultdescription"/>
public sealed record ResultDescription
{
    /// <summary>Gets the result description id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the types, including <c>ResultDescription</c>.</summary>
    public IReadOnlyList<string> Type { get; init; } = ["ResultDescription"];

    /// <summary>Gets alignments.</summary>
    public IReadOnlyList<Alignment>? Alignment { get; init; }

    /// <summary>Gets the allowed values.</summary>
    public IReadOnlyList<string>? AllowedValue { get; init; }

    /// <summary>Gets the name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the id of the required rubric level.</summary>
    public string? RequiredLevel { get; init; }

    /// <summary>Gets the required value.</summary>
    public string? RequiredValue { get; init; }

    /// <summary>Gets the result type (<c>GradePointAverage</c>, <c>LetterGrade</c>, <c>Percent</c>, …).</summary>
    public required string ResultType { get; init; }

    /// <summary>Gets the rubric levels.</summary>
    public IReadOnlyList<RubricCriterionLevel>? RubricCriterionLevel { get; init; }

    /// <summary>Gets the maximum value.</summary>
    public string? ValueMax { get; init; }

    /// <summary>Gets the minimum value.</summary>
    public string? ValueMin { get; init; }
}
