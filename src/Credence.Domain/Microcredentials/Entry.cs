namespace Credence.Domain.Microcredentials;

/// <summary>Who may enrol in a microcredential.</summary>
public sealed record Entry
{
    /// <summary>Whether anyone may enrol with no prerequisite.</summary>
    public bool OpenAccess { get; init; }

    /// <summary>Prerequisites, if any (other microcredentials by id, or text).</summary>
    public IReadOnlyList<string> Prerequisites { get; init; } = [];

    /// <summary>An open route in despite prerequisites (placement test, prior learning assessment).</summary>
    public string? AlternativeRoute { get; init; }
}
