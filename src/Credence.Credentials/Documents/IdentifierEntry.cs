namespace Credence.Credentials.Documents;

/// <summary>An identifier with its type (OB 3.0 IdentifierEntry).</summary>
/// <seealso href="https://www.imsglobal.org/spec/ob/v3p0/#identifierentry"/>
public sealed record IdentifierEntry
{
    /// <summary>Gets the type, <c>IdentifierEntry</c>.</summary>
    public string Type { get; init; } = "IdentifierEntry";

    /// <summary>Gets the identifier.</summary>
    public required string Identifier { get; init; }

    /// <summary>Gets the identifier scheme (<c>sourcedId</c>, <c>systemId</c>, <c>ext:…</c>).</summary>
    public required string IdentifierType { get; init; }
}
