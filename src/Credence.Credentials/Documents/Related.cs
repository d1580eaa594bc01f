namespace Credence.Credentials.Documents;

/// <summary>A related achievement, such as another language version (OB 3.0 Related).</summary>
/// <seealso href="https://www.imsglobal.org/spec/ob/v3p0/#related"/>
public sealed record Related
{
    /// <summary>Gets the related achievement id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the types, including <c>Related</c>.</summary>
    public IReadOnlyList<string> Type { get; init; } = ["Related"];

    /// <summary>Gets the language.</summary>
    public string? InLanguage { get; init; }

    /// <summary>Gets the version.</summary>
    public string? Version { get; init; }
}
