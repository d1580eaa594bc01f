namespace Credence.Credentials.Documents;

/// <summary>A result the learner achieved (OB 3.0 Result).</summary>
/// <seealso href="https://www.imsglobal.org/spec/ob/v3p0/#result"/>
public sealed record Result
{
    /// <summary>Gets the types, including <c>Result</c>.</summary>
    public IReadOnlyList<string> Type { get; init; } = ["Result"];

    /// <summary>Gets the id of the achieved rubric level.</summary>
    public string? AchievedLevel { get; init; }

    /// <summary>Gets alignments.</summary>
    public IReadOnlyList<Alignment>? Alignment { get; init; }

    /// <summary>Gets the id of the result description.</summary>
    public string? ResultDescription { get; init; }

    /// <summary>Gets the status (<c>Completed</c>, <c>Enrolled</c>, …).</summary>
    public string? Status { get; init; }

    /// <summary>Gets the value.</summary>
    public string? Value { get; init; }
}
