namespace Credence.JsonLd.Canonicalization;

/// <summary>Options for <see cref="RdfCanonicalizer.Canonicalize"/>.</summary>
/// <seealso href="https://www.w3.org/TR/rdf-canon/#dataset-poisoning"/>
public sealed record RdfCanonicalizationOptions
{
    /// <summary>The default <see cref="WorkLimit"/>: far above what real credentials and the W3C test suite need, low enough that a poisoned dataset fails within a fraction of a second.</summary>
    public const int DefaultWorkLimit = 100_000;

    /// <summary>The hash algorithm; <see cref="RdfcHashAlgorithm.Sha256"/> unless set.</summary>
    public RdfcHashAlgorithm HashAlgorithm { get; init; } = RdfcHashAlgorithm.Sha256;

    /// <summary>
    /// The most Hash N-Degree Quads work one canonicalization may do: every call of the algorithm (§4.8), every related
    /// blank node it hashes and every blank node it places on a path in a permutation counts one. Going over it throws <see cref="JsonLdException"/> with
    /// <see cref="RdfcErrorCodes.WorkLimitExceeded"/>. Datasets whose blank nodes all differ in their own quads do none of this work.
    /// </summary>
    public int WorkLimit { get; init; } = DefaultWorkLimit;

    /// <summary>How N-Quads lines are ordered; <see cref="RdfcSortOrder.CodePoint"/> (the specification) unless set.</summary>
    public RdfcSortOrder SortOrder { get; init; } = RdfcSortOrder.CodePoint;
}
