using System.Text.Json;

namespace Credence.Credentials.Documents;

/// <summary>The learner and the record of their achievements (CLR 2.0 ClrSubject).</summary>
/// <seealso href="https://www.imsglobal.org/spec/clr/v2p0/#clrsubject"/>
public sealed record ClrSubject
{
    /// <summary>Gets the learner's id (a DID), when known.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the types, including <c>ClrSubject</c>.</summary>
    public IReadOnlyList<string> Type { get; init; } = ["ClrSubject"];

    /// <summary>Gets identifiers of the learner.</summary>
    public IReadOnlyList<IdentityObject>? Identifier { get; init; }

    /// <summary>Gets achievements, including ones with no credential of their own.</summary>
    public IReadOnlyList<Achievement>? Achievement { get; init; }

    /// <summary>Gets the learner's credentials, each kept exactly as signed (JSON or compact JWS).</summary>
    public required IReadOnlyList<JsonElement> VerifiableCredential { get; init; }

    /// <summary>Gets relations between the achievements.</summary>
    public IReadOnlyList<Association>? Association { get; init; }
}
