namespace Credence.Credentials.Documents;

/// <summary>An alignment to an external framework item, such as a skill or competency (OB 3.0 Alignment).</summary>
/// <seealso href="https://www.imsglobal.org/spec/ob/v3p0/#alignment"/>
public sealed record Alignment
{
    /// <summary>Gets the types, including <c>Alignment</c>.</summary>
    public IReadOnlyList<string> Type { get; init; } = ["Alignment"];

    /// <summary>Gets the code of the target in its framework.</summary>
    public string? TargetCode { get; init; }

    /// <summary>Gets the description of the target.</summary>
    public string? TargetDescription { get; init; }

    /// <summary>Gets the name of the target.</summary>
    public required string TargetName { get; init; }

    /// <summary>Gets the name of the framework.</summary>
    public string? TargetFramework { get; init; }

    /// <summary>Gets the target type (<c>ceasn:Competency</c>, <c>CFItem</c>, …).</summary>
    public string? TargetType { get; init; }

    /// <summary>Gets the URL of the target.</summary>
    public required string TargetUrl { get; init; }
}
