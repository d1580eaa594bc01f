namespace Credence.JsonLd.Canonicalization;

/// <summary>The outcome of RDFC-1.0: the serialized canonical form and the issued identifiers map.</summary>
/// <param name="CanonicalNQuads">The canonical N-Quads document: one line per distinct quad, each ending in a line feed, in code point order, blank nodes labelled <c>c14n0</c>, <c>c14n1</c>, ….</param>
/// <param name="IssuedIdentifiers">The canonical issuer's issued identifiers map: input blank node label → canonical label (both without <c>_:</c>), in the order issued.</param>
/// <seealso href="https://www.w3.org/TR/rdf-canon/#canon-algo-overview"/>
public sealed record RdfCanonicalizationResult(string CanonicalNQuads, IReadOnlyDictionary<string, string> IssuedIdentifiers);
