namespace Credence.Credentials.Documents;

/// <summary>What an endorsement endorses (OB 3.0 EndorsementSubject).</summary>
/// <seealso href="https://www.imsglobal.org/spec/ob/v3p0/#endorsementsubject"/>
public sealed record EndorsementSubject
{
    /// <summary>Gets the id of the endorsed profile, achievement or credential.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the types, including <c>EndorsementSubject</c>.</summary>
    public IReadOnlyList<string> Type { get; init; } = ["EndorsementSubject"];

    /// <summary>Gets the endorser's comment.</summary>
    public string? EndorsementComment { get; init; }
}
