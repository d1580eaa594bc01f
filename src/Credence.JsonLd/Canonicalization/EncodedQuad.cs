namespace Credence.JsonLd.Canonicalization;

/// <summary>A quad of the input with each component pre-serialized once in canonical N-Quads form (UTF-8 slices of <see cref="CanonicalizationState.Terms"/>), and its blank nodes as indices.</summary>
/// <remarks>A blank node component has no slice (its label depends on who is asking); its index is in the matching <c>…Node</c> field, which is -1 for other terms. <see cref="GraphLength"/> is 0 for the default graph.</remarks>
internal readonly record struct EncodedQuad(
    int SubjectStart,
    int SubjectLength,
    int SubjectNode,
    int PredicateStart,
    int PredicateLength,
    int ObjectStart,
    int ObjectLength,
    int ObjectNode,
    int GraphStart,
    int GraphLength,
    int GraphNode);
