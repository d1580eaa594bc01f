namespace Credence.Credentials.Documents;

/// <summary>An image with an optional caption (OB 3.0 §B.1 Image).</summary>
/// <seealso href="https://www.imsglobal.org/spec/ob/v3p0/#image"/>
public sealed record Image
{
    /// <summary>Gets the image URI or data URI.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the type, <c>Image</c>.</summary>
    public string Type { get; init; } = "Image";

    /// <summary>Gets the caption.</summary>
    public string? Caption { get; init; }
}
