namespace Credence.Credentials.Contexts;

/// <summary>A JSON-LD context document shipped inside Credence.Credentials, addressed by the URL it is published at.</summary>
/// <param name="Url">The URL the context is published at and referenced by in <c>@context</c>.</param>
/// <param name="Json">The context document's JSON text, exactly as published.</param>
/// <param name="Sha256">The lower-case hexadecimal SHA-256 of the document's bytes.</param>
public sealed record BundledContext(string Url, string Json, string Sha256);
