using System.Buffers;
using System.Collections.ObjectModel;
using System.Text;
using Credence.JsonLd.Rdf;

namespace Credence.JsonLd.Canonicalization;

/// <summary>RDFC-1.0 §4.4 Canonicalization Algorithm, with §5 Serialization of the result.</summary>
/// <seealso href="https://www.w3.org/TR/rdf-canon/#canon-algorithm"/>
internal static class CanonicalizationAlgorithm
{
    private static readonly byte[] TemporaryPrefix = "b"u8.ToArray();

    public static RdfCanonicalizationResult Run(RdfDataset dataset, RdfCanonicalizationOptions options)
    {
        // 1) Create the canonicalization state.
        // 2) For every quad Q in input dataset: (the blank node to quads map is filled while the quads are encoded)
        using var state = new CanonicalizationState(dataset, options);
        var blankNodeCount = state.BlankNodeLabels.Length;

        // 3) For each key n in the blank node to quads map:
        var hashToBlankNodes = new Dictionary<string, List<int>>(blankNodeCount, StringComparer.Ordinal);
        using (var nquadsBuffer = new Utf8Buffer(1024))
        {
            for (var n = 0; n < blankNodeCount; n++)
            {
                // 3.1) Create a hash, hf(n), for n according to the Hash First Degree Quads algorithm.
                var hash = HashFirstDegreeQuads.Run(state, n, nquadsBuffer);
                state.FirstDegreeHashes[n] = hash;

                // 3.2) Append n to the value associated to hf(n) in hash to blank nodes map, creating a new entry if necessary.
                if (!hashToBlankNodes.TryGetValue(hash, out var identifiers))
                {
                    identifiers = new List<int>(1);
                    hashToBlankNodes.Add(hash, identifiers);
                }

                identifiers.Add(n);
            }
        }

        var hashes = new string[hashToBlankNodes.Count];
        hashToBlankNodes.Keys.CopyTo(hashes, 0);
        Array.Sort(hashes, StringComparer.Ordinal);

        // 4) For each hash to identifier list map entry in hash to blank nodes map, code point ordered by hash:
        var nonUnique = new List<List<int>>();
        foreach (var hash in hashes)
        {
            var identifierList = hashToBlankNodes[hash];

            // 4.1) If identifier list has more than one entry, continue to the next mapping.
            if (identifierList.Count > 1)
            {
                nonUnique.Add(identifierList);
                continue;
            }

            // 4.2) Use the Issue Identifier algorithm, passing canonical issuer and the single blank node identifier, identifier in identifier list to issue a canonical replacement identifier for identifier.
            IssueIdentifierAlgorithm.Run(state.CanonicalIssuer, identifierList[0]);

            // 4.3) Remove the map entry for hash from the hash to blank nodes map.
            // Note: the entries left are kept in nonUnique, still ordered by hash.
        }

        // 5) For each hash to identifier list map entry in hash to blank nodes map, code point ordered by hash:
        foreach (var identifierList in nonUnique)
        {
            // 5.1) Create hash path list where each item will be a result of running the Hash N-Degree Quads algorithm.
            var hashPathList = new List<(string Hash, IdentifierIssuer Issuer)>(identifierList.Count);

            // 5.2) For each blank node identifier n in identifier list:
            foreach (var n in identifierList)
            {
                // 5.2.1) If a canonical identifier has already been issued for n, continue to the next blank node identifier.
                if (state.CanonicalIssuer.TryGetIdentifier(n, out _))
                {
                    continue;
                }

                // 5.2.2) Create temporary issuer, an identifier issuer initialized with the prefix b.
                var temporaryIssuer = new IdentifierIssuer(TemporaryPrefix);

                // 5.2.3) Use the Issue Identifier algorithm, passing temporary issuer and n, to issue a new temporary blank node identifier bn to n.
                IssueIdentifierAlgorithm.Run(temporaryIssuer, n);

                // 5.2.4) Run the Hash N-Degree Quads algorithm, passing the canonicalization state, n for identifier, and temporary issuer, appending the result to the hash path list.
                hashPathList.Add(HashNDegreeQuads.Run(state, n, temporaryIssuer));
            }

            // 5.3) For each result in the hash path list, code point ordered by the hash in result:
            // Note: a stable sort, so results with equal hashes keep the order of identifier list.
            var ordered = hashPathList.ToArray();
            var keys = new string[ordered.Length];
            for (var i = 0; i < ordered.Length; i++)
            {
                keys[i] = ordered[i].Hash;
            }

            StableSortByHash(keys, ordered);
            foreach (var result in ordered)
            {
                // 5.3.1) For each blank node identifier, existing identifier, that was issued a temporary identifier by identifier issuer in result,
                //        issue a canonical identifier, in the same order, using the Issue Identifier algorithm, passing canonical issuer and existing identifier.
                foreach (var existingIdentifier in result.Issuer.IssuedOrder)
                {
                    IssueIdentifierAlgorithm.Run(state.CanonicalIssuer, existingIdentifier);
                }
            }
        }

        // 6) Add the issued identifiers map from the canonical issuer to the canonicalized dataset.
        var issuedIdentifiers = new Dictionary<string, string>(blankNodeCount, StringComparer.Ordinal);
        foreach (var existing in state.CanonicalIssuer.IssuedOrder)
        {
            state.CanonicalIssuer.TryGetIdentifier(existing, out var canonical);
            issuedIdentifiers.Add(state.BlankNodeLabels[existing], state.CanonicalIssuer.Label(canonical));
        }

        // 7) Return the serialized canonical form of the canonicalized dataset.
        return new RdfCanonicalizationResult(Serialize(state), new ReadOnlyDictionary<string, string>(issuedIdentifiers));
    }

    /// <summary>§5 Serialization: each quad in canonical n-quads form with canonical labels, sorted into code point order, duplicates removed, concatenated.</summary>
    /// <seealso href="https://www.w3.org/TR/rdf-canon/#canonical-quads"/>
    private static string Serialize(CanonicalizationState state)
    {
        var quads = state.Quads;
        var canonicalLabels = new int[state.BlankNodeLabels.Length];
        for (var n = 0; n < canonicalLabels.Length; n++)
        {
            state.CanonicalIssuer.TryGetIdentifier(n, out canonicalLabels[n]);
        }

        using var output = new Utf8Buffer((int)Math.Min(state.Terms.Length + (quads.Length * 40L), 1 << 20));
        var rented = ArrayPool<LineRange>.Shared.Rent(quads.Length);
        try
        {
            var lines = rented.AsSpan(0, quads.Length);
            for (var q = 0; q < quads.Length; q++)
            {
                var start = output.Length;
                WriteQuad(state, quads[q], canonicalLabels, output);
                lines[q] = new LineRange(start, output.Length - start);
            }

            Utf8Lines.Sort(lines, output, state.SortOrder);

            var sortedStart = output.Length;
            output.EnsureCapacity(sortedStart);
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0 && Utf8Lines.AreEqual(output, lines[i - 1], lines[i]))
                {
                    continue;
                }

                output.Append(output.Slice(lines[i].Start, lines[i].Length));
            }

            return Encoding.UTF8.GetString(output.Slice(sortedStart, output.Length - sortedStart));
        }
        finally
        {
            ArrayPool<LineRange>.Shared.Return(rented);
        }
    }

    private static void WriteQuad(CanonicalizationState state, in EncodedQuad quad, int[] canonicalLabels, Utf8Buffer output)
    {
        WriteComponent(state, quad.SubjectStart, quad.SubjectLength, quad.SubjectNode, canonicalLabels, output);
        output.Append((byte)' ');
        output.Append(state.Term(quad.PredicateStart, quad.PredicateLength));
        output.Append((byte)' ');
        WriteComponent(state, quad.ObjectStart, quad.ObjectLength, quad.ObjectNode, canonicalLabels, output);
        if (quad.GraphNode >= 0 || quad.GraphLength > 0)
        {
            output.Append((byte)' ');
            WriteComponent(state, quad.GraphStart, quad.GraphLength, quad.GraphNode, canonicalLabels, output);
        }

        output.Append(" .\n"u8);
    }

    private static void WriteComponent(CanonicalizationState state, int start, int length, int node, int[] canonicalLabels, Utf8Buffer output)
    {
        if (node < 0)
        {
            output.Append(state.Term(start, length));
        }
        else
        {
            state.CanonicalIssuer.WriteLabel(output, canonicalLabels[node]);
        }
    }

    private static void StableSortByHash(string[] keys, (string Hash, IdentifierIssuer Issuer)[] items)
    {
        // Insertion sort: lists of equal first-degree hashes are short, and it is stable.
        for (var i = 1; i < items.Length; i++)
        {
            var key = keys[i];
            var item = items[i];
            var j = i - 1;
            while (j >= 0 && string.CompareOrdinal(keys[j], key) > 0)
            {
                keys[j + 1] = keys[j];
                items[j + 1] = items[j];
                j--;
            }

            keys[j + 1] = key;
            items[j + 1] = item;
        }
    }
}
