using System.Buffers;
using Credence.JsonLd.Rdf;

namespace Credence.JsonLd.Canonicalization;

/// <summary>RDFC-1.0 §4.6 Hash First Degree Quads.</summary>
/// <seealso href="https://www.w3.org/TR/rdf-canon/#hash-1d-quads"/>
internal static class HashFirstDegreeQuads
{
    /// <summary>Hashes the quads that mention <paramref name="referenceBlankNode"/>, with every blank node replaced by <c>_:a</c> (itself) or <c>_:z</c> (any other).</summary>
    public static string Run(CanonicalizationState state, int referenceBlankNode, Utf8Buffer nquadsBuffer)
    {
        // 1) Initialize nquads to an empty list.
        nquadsBuffer.Clear();

        // 2) Get the list of quads quads from the map entry for reference blank node identifier in the blank node to quads map.
        var quads = state.BlankNodeToQuads[referenceBlankNode];
        var rented = ArrayPool<LineRange>.Shared.Rent(quads.Count);
        try
        {
            var nquads = rented.AsSpan(0, quads.Count);

            // 3) For each quad quad in quads:
            for (var i = 0; i < quads.Count; i++)
            {
                // 3.1) Serialize the quad in canonical n-quads form with the following special rule:
                // 3.1.1) If any component in quad is a blank node, serialize it using a special identifier as follows:
                // 3.1.1.1) If the blank node's existing blank node identifier matches the reference blank node identifier then use the identifier a, otherwise, use the identifier z.
                var start = nquadsBuffer.Length;
                WriteQuad(state, state.Quads[quads[i]], referenceBlankNode, nquadsBuffer);
                nquads[i] = new LineRange(start, nquadsBuffer.Length - start);
            }

            // 4) Sort nquads in Unicode code point order.
            Utf8Lines.Sort(nquads, nquadsBuffer, state.SortOrder);

            // 5) Return the hash that results from passing the sorted and concatenated nquads through the hash algorithm.
            // Note: the lines are copied into sorted order behind the unsorted ones, so the hash runs once over one span.
            var sortedStart = nquadsBuffer.Length;
            nquadsBuffer.EnsureCapacity(sortedStart);
            for (var i = 0; i < nquads.Length; i++)
            {
                nquadsBuffer.Append(nquadsBuffer.Slice(nquads[i].Start, nquads[i].Length));
            }

            return state.Hash(nquadsBuffer.Slice(sortedStart, nquadsBuffer.Length - sortedStart));
        }
        finally
        {
            ArrayPool<LineRange>.Shared.Return(rented);
        }
    }

    private static void WriteQuad(CanonicalizationState state, in EncodedQuad quad, int reference, Utf8Buffer output)
    {
        WriteComponent(state, quad.SubjectStart, quad.SubjectLength, quad.SubjectNode, reference, output);
        output.Append((byte)' ');
        output.Append(state.Term(quad.PredicateStart, quad.PredicateLength));
        output.Append((byte)' ');
        WriteComponent(state, quad.ObjectStart, quad.ObjectLength, quad.ObjectNode, reference, output);
        if (quad.GraphNode >= 0 || quad.GraphLength > 0)
        {
            output.Append((byte)' ');
            WriteComponent(state, quad.GraphStart, quad.GraphLength, quad.GraphNode, reference, output);
        }

        output.Append(" .\n"u8);
    }

    private static void WriteComponent(CanonicalizationState state, int start, int length, int node, int reference, Utf8Buffer output)
    {
        if (node < 0)
        {
            output.Append(state.Term(start, length));
        }
        else
        {
            output.Append(node == reference ? "_:a"u8 : "_:z"u8);
        }
    }
}
