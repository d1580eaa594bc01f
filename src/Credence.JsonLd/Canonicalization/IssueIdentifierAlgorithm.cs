namespace Credence.JsonLd.Canonicalization;

/// <summary>RDFC-1.0 §4.5 Issue Identifier Algorithm.</summary>
/// <seealso href="https://www.w3.org/TR/rdf-canon/#issue-identifier"/>
internal static class IssueIdentifierAlgorithm
{
    /// <summary>Issues (or returns the already issued) identifier for <paramref name="existingIdentifier"/>.</summary>
    public static int Run(IdentifierIssuer issuer, int existingIdentifier)
    {
        // 1) If there is a map entry for existing identifier in issued identifiers map of I, return it.
        if (issuer.TryGetIdentifier(existingIdentifier, out var issued))
        {
            return issued;
        }

        // 2) Generate issued identifier by concatenating identifier prefix with the string value of identifier counter.
        // 3) Add an entry mapping existing identifier to issued identifier to the issued identifiers map of I.
        // 4) Increment identifier counter.
        // Note: the counter is the size of the issued identifiers map; the label text is written only when needed.
        return issuer.Add(existingIdentifier);
    }
}
