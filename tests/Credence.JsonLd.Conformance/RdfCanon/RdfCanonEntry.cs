namespace Credence.JsonLd.Conformance.RdfCanon;

/// <summary>One rdf-canon manifest entry; <see cref="Action"/> and <see cref="Result"/> are relative to the manifest's folder.</summary>
internal sealed record RdfCanonEntry(string Id, string Type, string Name, string Action, string? Result, string? HashAlgorithm);
