using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Credence.JsonLd.Rdf;

namespace Credence.JsonLd.Canonicalization;

/// <summary>RDFC-1.0 §4.2 Canonicalization State, plus the pre-serialized quads and the work budget.</summary>
/// <remarks>
/// Blank nodes are numbered in order of first appearance; the blank node to quads map is an array of quad-index
/// lists. Every term is serialized to UTF-8 once, so hashing writes bytes and never concatenates strings.
/// </remarks>
/// <seealso href="https://www.w3.org/TR/rdf-canon/#canon-state"/>
internal sealed class CanonicalizationState : IDisposable
{
    private static readonly byte[] CanonicalPrefix = "c14n"u8.ToArray();

    private readonly RdfcHashAlgorithm _hashAlgorithm;
    private readonly int _workLimit;
    private int _work;

    public CanonicalizationState(RdfDataset dataset, RdfCanonicalizationOptions options)
    {
        _hashAlgorithm = options.HashAlgorithm;
        _workLimit = options.WorkLimit;
        SortOrder = options.SortOrder;
        Terms = new Utf8Buffer((int)Math.Clamp(dataset.Count * 96L, 1024, 1 << 20));
        Scratch = new Utf8Buffer();
        CanonicalIssuer = new IdentifierIssuer(CanonicalPrefix);

        var quads = dataset.Quads;
        Quads = new EncodedQuad[quads.Count];
        var labels = new List<string>();
        var indices = new Dictionary<string, int>(StringComparer.Ordinal);
        var blankNodeToQuads = new List<List<int>>();
        for (var q = 0; q < quads.Count; q++)
        {
            var quad = quads[q];
            if (quad.Predicate.Kind != RdfTermKind.Iri)
            {
                throw new ArgumentException("RDFC-1.0 canonicalizes RDF datasets: a predicate must be an IRI.", nameof(dataset));
            }

            if (quad.Graph.Kind == RdfTermKind.Literal)
            {
                throw new ArgumentException("A literal cannot name a graph.", nameof(dataset));
            }

            var (subjectStart, subjectLength, subjectNode) = Encode(quad.Subject, nameof(Quad.Subject));
            var (predicateStart, predicateLength, _) = Encode(quad.Predicate, nameof(Quad.Predicate));
            var (objectStart, objectLength, objectNode) = Encode(quad.Object, nameof(Quad.Object));
            var (graphStart, graphLength, graphNode) = quad.Graph.IsDefaultGraph ? (0, 0, -1) : Encode(quad.Graph, nameof(Quad.Graph));
            Quads[q] = new EncodedQuad(subjectStart, subjectLength, subjectNode, predicateStart, predicateLength, objectStart, objectLength, objectNode, graphStart, graphLength, graphNode);

            // 2.1) For each blank node that is a component of Q, add a reference to Q from the map entry for it.
            // Note: a quad is listed once per blank node even when the node is in several of its positions.
            AddQuad(subjectNode, q);
            AddQuad(objectNode, q);
            AddQuad(graphNode, q);
        }

        BlankNodeLabels = [.. labels];
        BlankNodeToQuads = [.. blankNodeToQuads];
        FirstDegreeHashes = new string[BlankNodeLabels.Length];

        (int Start, int Length, int Node) Encode(in RdfTerm term, string position)
        {
            if (term.Kind == RdfTermKind.BlankNode)
            {
                if (!indices.TryGetValue(term.Value, out var node))
                {
                    node = labels.Count;
                    indices.Add(term.Value, node);
                    labels.Add(term.Value);
                    blankNodeToQuads.Add([]);
                }

                return (0, 0, node);
            }

            var start = Terms.Length;
            CanonicalNQuadsWriter.WriteTerm(Terms, term, position);
            return (start, Terms.Length - start, -1);
        }

        void AddQuad(int node, int quad)
        {
            if (node < 0)
            {
                return;
            }

            var list = blankNodeToQuads[node];
            if (list.Count == 0 || list[^1] != quad)
            {
                list.Add(quad);
            }
        }
    }

    /// <summary>How N-Quads lines are ordered.</summary>
    public RdfcSortOrder SortOrder { get; }

    /// <summary>UTF-8 canonical serializations of the non-blank terms.</summary>
    public Utf8Buffer Terms { get; }

    /// <summary>A buffer for short-lived hash inputs (Hash Related Blank Node).</summary>
    public Utf8Buffer Scratch { get; }

    public EncodedQuad[] Quads { get; }

    /// <summary>The input label of each blank node, by index.</summary>
    public string[] BlankNodeLabels { get; }

    /// <summary>The blank node to quads map: quad indices per blank node index.</summary>
    public List<int>[] BlankNodeToQuads { get; }

    /// <summary>Each blank node's Hash First Degree Quads result, computed once in §4.4 step 3.</summary>
    public string[] FirstDegreeHashes { get; }

    /// <summary>The canonical issuer, prefix <c>c14n</c>.</summary>
    public IdentifierIssuer CanonicalIssuer { get; }

    public ReadOnlySpan<byte> Term(int start, int length) => Terms.Slice(start, length);

    /// <summary>Hashes UTF-8 input with the chosen algorithm, as lower-case hexadecimal.</summary>
    public string Hash(ReadOnlySpan<byte> input)
    {
        Span<byte> digest = stackalloc byte[48];
        var written = _hashAlgorithm == RdfcHashAlgorithm.Sha384
            ? SHA384.HashData(input, digest)
            : SHA256.HashData(input, digest);
        return Convert.ToHexStringLower(digest[..written]);
    }

    /// <summary>Counts one unit of Hash N-Degree Quads work and checks the stack before recursing deeper.</summary>
    /// <exception cref="JsonLdException">The work limit is exceeded or recursion is too deep.</exception>
    public void CountWork()
    {
        if (++_work > _workLimit)
        {
            throw new JsonLdException(
                RdfcErrorCodes.WorkLimitExceeded,
                $"RDFC-1.0 canonicalization exceeded its work limit of {_workLimit} Hash N-Degree Quads steps; the dataset may be poisoned.");
        }
    }

    /// <summary>Checks there is stack for one more level of Hash N-Degree Quads recursion.</summary>
    /// <exception cref="JsonLdException">Recursion is too deep for the stack.</exception>
    public static void EnsureStack()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new JsonLdException(
                RdfcErrorCodes.WorkLimitExceeded,
                "RDFC-1.0 canonicalization recursed too deeply in Hash N-Degree Quads; the dataset may be poisoned.");
        }
    }

    public void Dispose()
    {
        Terms.Dispose();
        Scratch.Dispose();
    }
}
