namespace Credence.Credentials.Documents;

/// <summary>A hashed or plain identifier of the recipient (OB 3.0 IdentityObject).</summary>
/// <seealso href="https://www.imsglobal.org/spec/ob/v3p0/#identityobject"/>
public sealed record IdentityObject
{
    /// <summary>Gets the type, <c>IdentityObject</c>.</summary>
    public string Type { get; init; } = "IdentityObject";

    /// <summary>Gets whether <see cref="IdentityHash"/> is a <c>sha256$…</c> hash.</summary>
    public required bool Hashed { get; init; }

    /// <summary>Gets the identifier, or its salted hash.</summary>
    public required string IdentityHash { get; init; }

    /// <summary>Gets the identifier type (<c>emailAddress</c>, <c>studentId</c>, …).</summary>
    public required string IdentityType { get; init; }

    /// <summary>Gets the salt of the hash.</summary>
    public string? Salt { get; init; }
}
