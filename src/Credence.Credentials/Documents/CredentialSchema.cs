namespace Credence.Credentials.Documents;

/// <summary>A JSON Schema the credential claims to conform to (VC credentialSchema).</summary>
/// <seealso href="https://www.imsglobal.org/spec/ob/v3p0/#credentialschema"/>
public sealed record CredentialSchema
{
    /// <summary>Gets the schema URL.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the validator type, <c>1EdTechJsonSchemaValidator2019</c>.</summary>
    public string Type { get; init; } = "1EdTechJsonSchemaValidator2019";
}
