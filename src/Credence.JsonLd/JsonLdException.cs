namespace Credence.JsonLd;

/// <summary>A JSON-LD or RDF canonicalization processing error: the spec says processing is aborted.</summary>
/// <remarks><see cref="Code"/> is the spec's error code verbatim where the spec defines one (<c>invalid @id value</c>), otherwise one of ours.</remarks>
public sealed class JsonLdException : Exception
{
    /// <summary>Creates an exception with a stable code.</summary>
    /// <param name="code">The error code.</param>
    /// <param name="message">What went wrong, for a person.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public JsonLdException(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    /// <summary>The stable error code.</summary>
    public string Code { get; }
}
