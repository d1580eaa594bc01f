namespace Credence.JsonLd.Rdf;

/// <summary>Carries an <see cref="NQuadsSyntaxError"/> out of the parser; the façade turns it into a result or a <see cref="JsonLdException"/>.</summary>
internal sealed class NQuadsSyntaxException(NQuadsSyntaxError error) : Exception(error.Message)
{
    public NQuadsSyntaxError Error { get; } = error;
}
