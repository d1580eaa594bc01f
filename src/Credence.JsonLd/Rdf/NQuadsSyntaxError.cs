namespace Credence.JsonLd.Rdf;

/// <summary>Why an N-Quads document could not be parsed, and where.</summary>
/// <param name="Code">The stable code, one of <see cref="RdfcErrorCodes"/>.</param>
/// <param name="Message">What went wrong, for a person (includes the position).</param>
/// <param name="Line">The 1-based line of the offending character.</param>
/// <param name="Column">The 1-based column of the offending character, counted in UTF-16 code units.</param>
public sealed record NQuadsSyntaxError(string Code, string Message, int Line, int Column);
