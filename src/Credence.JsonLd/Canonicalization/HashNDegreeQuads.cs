using Credence.JsonLd.Rdf;

namespace Credence.JsonLd.Canonicalization;

/// <summary>RDFC-1.0 §4.8 Hash N-Degree Quads.</summary>
/// <remarks>Every call, every related blank node hashed and every blank node placed on a path counts one unit against the work limit (the spec's warning about poisoned datasets).</remarks>
/// <seealso href="https://www.w3.org/TR/rdf-canon/#hash-nd-quads"/>
internal static class HashNDegreeQuads
{
    /// <summary>Hashes the blank nodes reachable from <paramref name="identifier"/>, returning the hash and the issuer that labelled them.</summary>
    public static (string Hash, IdentifierIssuer Issuer) Run(CanonicalizationState state, int identifier, IdentifierIssuer issuer)
    {
        state.CountWork();
        CanonicalizationState.EnsureStack();

        // 1) Create a new map Hn for relating hashes to related blank nodes.
        var hn = new Dictionary<string, List<int>>(StringComparer.Ordinal);

        // 2) Get a reference, quads, to the list of quads from the map entry for identifier in the blank node to quads map.
        var quads = state.BlankNodeToQuads[identifier];

        // 3) For each quad in quads:
        foreach (var q in quads)
        {
            // 3.1) For each component in quad, where component is the subject, object, or graph name, and it is a blank node
            //      that is not identified by identifier:
            ref readonly var quad = ref state.Quads[q];
            AddRelated(state, hn, identifier, quad.SubjectNode, quad, issuer, (byte)'s');
            AddRelated(state, hn, identifier, quad.ObjectNode, quad, issuer, (byte)'o');
            AddRelated(state, hn, identifier, quad.GraphNode, quad, issuer, (byte)'g');
        }

        // 4) Create an empty string, data to hash.
        using var dataToHash = new Utf8Buffer();
        using var path = new Utf8Buffer();
        var recursionList = new List<int>();

        // 5) For each related hash to blank node list mapping in Hn, code point ordered by related hash:
        var relatedHashes = new string[hn.Count];
        hn.Keys.CopyTo(relatedHashes, 0);
        Array.Sort(relatedHashes, StringComparer.Ordinal);
        foreach (var relatedHash in relatedHashes)
        {
            var blankNodeList = hn[relatedHash];

            // 5.1) Append the related hash to the data to hash.
            dataToHash.AppendUtf8(relatedHash);

            // 5.2) Create a string chosen path.
            byte[]? chosenPath = null;

            // 5.3) Create an unset chosen issuer variable.
            IdentifierIssuer? chosenIssuer = null;

            // 5.4) For each permutation p of blank node list:
            var p = blankNodeList.ToArray();
            Array.Sort(p);
            do
            {
                // 5.4.1) Create a copy of issuer, issuer copy.
                var issuerCopy = issuer.Copy();

                // 5.4.2) Create a string path.
                path.Clear();

                // 5.4.3) Create a recursion list, to store blank node identifiers that must be recursively processed by this algorithm.
                recursionList.Clear();

                if (!TryBuildPath(state, p, issuerCopy, path, recursionList, chosenPath)
                    || !TryRecurse(state, ref issuerCopy, path, recursionList, chosenPath))
                {
                    continue;
                }

                // 5.4.6) If chosen path is empty or path is code point ordered less than chosen path, set chosen path to path and chosen issuer to issuer copy.
                if (chosenPath is null || path.WrittenSpan.SequenceCompareTo(chosenPath) < 0)
                {
                    chosenPath = path.WrittenSpan.ToArray();
                    chosenIssuer = issuerCopy;
                }
            }
            while (NextPermutation(p));

            // 5.5) Append chosen path to data to hash.
            dataToHash.Append(chosenPath);

            // 5.6) Replace issuer, by reference, with chosen issuer.
            // Note: a permutation is always chosen: the first one is never skipped, because chosen path is still empty.
            issuer = chosenIssuer!;
        }

        // 6) Return issuer and the hash that results from passing data to hash through the hash algorithm.
        return (state.Hash(dataToHash.WrittenSpan), issuer);
    }

    private static void AddRelated(CanonicalizationState state, Dictionary<string, List<int>> hn, int identifier, int related, in EncodedQuad quad, IdentifierIssuer issuer, byte position)
    {
        if (related < 0 || related == identifier)
        {
            return;
        }

        state.CountWork();

        // 3.1.1) Set hash to the result of the Hash Related Blank Node algorithm, passing the blank node identifier for component as related, quad, issuer, and position.
        var hash = HashRelatedBlankNode.Run(state, related, quad, issuer, position);

        // 3.1.2) Add a mapping of hash to the blank node identifier for component to Hn, adding an entry as necessary.
        if (!hn.TryGetValue(hash, out var list))
        {
            list = [];
            hn.Add(hash, list);
        }

        list.Add(related);
    }

    // 5.4.4) For each related in p:
    private static bool TryBuildPath(CanonicalizationState state, int[] p, IdentifierIssuer issuerCopy, Utf8Buffer path, List<int> recursionList, byte[]? chosenPath)
    {
        foreach (var related in p)
        {
            state.CountWork();
            if (state.CanonicalIssuer.TryGetIdentifier(related, out var canonical))
            {
                // 5.4.4.1) If a canonical identifier has been issued for related by canonical issuer, append the string _:, followed by the canonical identifier for related, to path.
                state.CanonicalIssuer.WriteLabel(path, canonical);
            }
            else
            {
                // 5.4.4.2) Otherwise:
                // 5.4.4.2.1) If issuer copy has not issued an identifier for related, append related to recursion list.
                if (!issuerCopy.TryGetIdentifier(related, out _))
                {
                    recursionList.Add(related);
                }

                // 5.4.4.2.2) Use the Issue Identifier algorithm, passing issuer copy and related, and append the string _:, followed by the result, to path.
                issuerCopy.WriteLabel(path, IssueIdentifierAlgorithm.Run(issuerCopy, related));
            }

            // 5.4.4.3) If chosen path is not empty and the length of path is greater than or equal to the length of chosen path
            //          and path is greater than chosen path when considering code point order, then skip to the next permutation p.
            if (IsWorseThanChosen(path, chosenPath))
            {
                return false;
            }
        }

        return true;
    }

    // 5.4.5) For each related in recursion list:
    private static bool TryRecurse(CanonicalizationState state, ref IdentifierIssuer issuerCopy, Utf8Buffer path, List<int> recursionList, byte[]? chosenPath)
    {
        foreach (var related in recursionList)
        {
            // 5.4.5.1) Set result to the result of recursively executing the Hash N-Degree Quads algorithm, passing related for identifier and issuer copy for issuer.
            var result = Run(state, related, issuerCopy);

            // 5.4.5.2) Use the Issue Identifier algorithm, passing issuer copy and related; append the string _:, followed by the result, to path.
            issuerCopy.WriteLabel(path, IssueIdentifierAlgorithm.Run(issuerCopy, related));

            // 5.4.5.3) Append <, the hash in result, and > to path.
            path.Append((byte)'<');
            path.AppendUtf8(result.Hash);
            path.Append((byte)'>');

            // 5.4.5.4) Set issuer copy to the identifier issuer in result.
            issuerCopy = result.Issuer;

            // 5.4.5.5) If chosen path is not empty and the length of path is greater than or equal to the length of chosen path
            //          and path is greater than chosen path when considering code point order, then skip to the next p.
            if (IsWorseThanChosen(path, chosenPath))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWorseThanChosen(Utf8Buffer path, byte[]? chosenPath) =>
        chosenPath is not null && path.Length >= chosenPath.Length && path.WrittenSpan.SequenceCompareTo(chosenPath) > 0;

    /// <summary>Rearranges <paramref name="p"/> into the next permutation in lexicographic order; false after the last.</summary>
    private static bool NextPermutation(int[] p)
    {
        var i = p.Length - 2;
        while (i >= 0 && p[i] >= p[i + 1])
        {
            i--;
        }

        if (i < 0)
        {
            return false;
        }

        var j = p.Length - 1;
        while (p[j] <= p[i])
        {
            j--;
        }

        (p[i], p[j]) = (p[j], p[i]);
        Array.Reverse(p, i + 1, p.Length - i - 1);
        return true;
    }
}
