namespace Credence.Credentials.Documents;

/// <summary>Evidence of the achievement (OB 3.0 Evidence).</summary>
/// <seealso href="https://www.imsglobal.org/spec/ob/v3p0/#evidence"/>
public sealed record Evidence
{
    /// <summary>Gets the evidence URL.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the types, including <c>Evidence</c>.</summary>
    public IReadOnlyList<string> Type { get; init; } = ["Evidence"];

    /// <summary>Gets the narrative.</summary>
    public string? Narrative { get; init; }

    /// <summary>Gets the name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the genre.</summary>
    public string? Genre { get; init; }

    /// <summary>Gets the audience.</summary>
    public string? Audience { get; init; }
}
