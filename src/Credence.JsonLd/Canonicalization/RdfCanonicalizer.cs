using Credence.JsonLd.Rdf;

namespace Credence.JsonLd.Canonicalization;

/// <summary>RDF Dataset Canonicalization (RDFC-1.0): gives every dataset one canonical N-Quads form, whatever its blank node labels and quad order.</summary>
/// <seealso href="https://www.w3.org/TR/rdf-canon/"/>
public static class RdfCanonicalizer
{
    /// <summary>Canonicalizes a dataset with the RDFC-1.0 algorithm.</summary>
    /// <param name="dataset">The input dataset; it is not changed.</param>
    /// <param name="options">Hash algorithm, work limit and sort order; defaults when null.</param>
    /// <returns>The canonical N-Quads and the issued identifiers map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="RdfCanonicalizationOptions.WorkLimit"/> is negative or the hash algorithm or sort order is unknown.</exception>
    /// <exception cref="ArgumentException">A quad is not RDF: the default graph as a subject, predicate or object, a blank node predicate, or a literal graph name.</exception>
    /// <exception cref="JsonLdException">The work limit was exceeded (<see cref="RdfcErrorCodes.WorkLimitExceeded"/>).</exception>
    public static RdfCanonicalizationResult Canonicalize(RdfDataset dataset, RdfCanonicalizationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        options ??= Defaults;
        ArgumentOutOfRangeException.ThrowIfNegative(options.WorkLimit, nameof(options));
        if (options.HashAlgorithm is not (RdfcHashAlgorithm.Sha256 or RdfcHashAlgorithm.Sha384))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.HashAlgorithm, "Unknown hash algorithm.");
        }

        if (options.SortOrder is not (RdfcSortOrder.CodePoint or RdfcSortOrder.Utf16CodeUnit))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.SortOrder, "Unknown sort order.");
        }

        return CanonicalizationAlgorithm.Run(dataset, options);
    }

    private static RdfCanonicalizationOptions Defaults { get; } = new();
}
