namespace Credence.JsonLd.Canonicalization;

/// <summary>RDFC-1.0 §4.7 Hash Related Blank Node.</summary>
/// <seealso href="https://www.w3.org/TR/rdf-canon/#hash-related-blank-node"/>
internal static class HashRelatedBlankNode
{
    /// <summary>Hashes how <paramref name="related"/> is related through <paramref name="quad"/>, at <paramref name="position"/> (<c>s</c>, <c>o</c> or <c>g</c>).</summary>
    public static string Run(CanonicalizationState state, int related, in EncodedQuad quad, IdentifierIssuer issuer, byte position)
    {
        var input = state.Scratch;
        input.Clear();

        // 1) Initialize a string input to the value of position.
        input.Append(position);

        // 2) If position is not g, append <, the value of the predicate in quad, and > to input.
        if (position != (byte)'g')
        {
            input.Append(state.Term(quad.PredicateStart, quad.PredicateLength));
        }

        // 3) If there is a canonical identifier for related, or an identifier issued by issuer, append the string _:,
        //    followed by that identifier (using the canonical identifier if present, otherwise the one issued by issuer) to input.
        if (state.CanonicalIssuer.TryGetIdentifier(related, out var identifier))
        {
            state.CanonicalIssuer.WriteLabel(input, identifier);
        }
        else if (issuer.TryGetIdentifier(related, out identifier))
        {
            issuer.WriteLabel(input, identifier);
        }
        else
        {
            // 3.1) Otherwise, append the result of the Hash First Degree Quads algorithm, passing related to input.
            // Note: first degree hashes were all computed in §4.4 step 3; they are reused, not recomputed.
            input.AppendUtf8(state.FirstDegreeHashes[related]);
        }

        // 4) Return the hash that results from passing input through the hash algorithm.
        return state.Hash(input.WrittenSpan);
    }
}
