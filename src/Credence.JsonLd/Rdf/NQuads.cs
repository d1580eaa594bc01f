using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Credence.JsonLd.Rdf;

/// <summary>Reads and writes RDF datasets in N-Quads; writing always gives canonical N-Quads (one quad per line, each ending in a line feed).</summary>
/// <seealso href="https://www.w3.org/TR/n-quads/"/>
/// <seealso href="https://www.w3.org/TR/rdf-canon/#canonical-quads"/>
public static class NQuads
{
    /// <summary>Parses an N-Quads document strictly (RDF 1.1 grammar); duplicate quads are kept once.</summary>
    /// <param name="text">The document.</param>
    /// <returns>The dataset, quads in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="JsonLdException">The document is not valid N-Quads; <see cref="JsonLdException.Code"/> is one of <see cref="RdfcErrorCodes"/> and the message gives line and column.</exception>
    public static RdfDataset Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return NQuadsParser.Parse(text);
        }
        catch (NQuadsSyntaxException e)
        {
            throw new JsonLdException(e.Error.Code, e.Error.Message, e);
        }
    }

    /// <summary>Parses an N-Quads document strictly, reporting the first syntax error as a value instead of throwing.</summary>
    /// <param name="text">The document.</param>
    /// <param name="dataset">The dataset when the document is valid.</param>
    /// <param name="error">The first error, with its code, line and column, when it is not.</param>
    /// <returns>True when the document is valid N-Quads.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static bool TryParse(string text, [NotNullWhen(true)] out RdfDataset? dataset, [NotNullWhen(false)] out NQuadsSyntaxError? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            dataset = NQuadsParser.Parse(text);
            error = null;
            return true;
        }
        catch (NQuadsSyntaxException e)
        {
            dataset = null;
            error = e.Error;
            return false;
        }
    }

    /// <summary>Serializes every quad of a dataset in canonical N-Quads form, in the dataset's order (not sorted; RDFC-1.0 sorts).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <exception cref="ArgumentException">A quad has the default graph as subject, predicate or object, or a literal as graph name.</exception>
    public static string Serialize(RdfDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        using var buffer = new Utf8Buffer((int)Math.Clamp(dataset.Count * 128L, 256, 1 << 20));
        foreach (var quad in dataset.Quads)
        {
            CanonicalNQuadsWriter.WriteQuad(buffer, quad);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Serializes one quad in canonical N-Quads form, ending in a line feed.</summary>
    /// <exception cref="ArgumentException">The quad has the default graph as subject, predicate or object, or a literal as graph name.</exception>
    public static string Serialize(Quad quad)
    {
        using var buffer = new Utf8Buffer();
        CanonicalNQuadsWriter.WriteQuad(buffer, quad);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
