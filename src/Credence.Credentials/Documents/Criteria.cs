namespace Credence.Credentials.Documents;

/// <summary>How the achievement is earned (OB 3.0 Criteria).</summary>
/// <seealso href="https://www.imsglobal.org/spec/ob/v3p0/#criteria"/>
public sealed record Criteria
{
    /// <summary>Gets the URI of the criteria page.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the criteria in Markdown.</summary>
    public string? Narrative { get; init; }
}
