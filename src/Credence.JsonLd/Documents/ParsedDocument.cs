namespace Credence.JsonLd.Documents;

/// <summary>A remote document converted once to the internal JSON representation.</summary>
internal sealed record ParsedDocument(string DocumentUrl, object? Tree, string? ContentType, string? ContextUrl);
