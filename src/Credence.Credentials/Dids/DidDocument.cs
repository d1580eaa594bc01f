namespace Credence.Credentials.Dids;

/// <summary>The parts of a resolved DID document a verifier uses.</summary>
/// <param name="Id">The DID.</param>
/// <param name="VerificationMethods">Every verification method the document defines (top-level and embedded in relationships).</param>
/// <param name="AssertionMethods">The ids of the methods authorized for <c>assertionMethod</c> (issuing credentials).</param>
/// <seealso href="https://www.w3.org/TR/did-core/#core-properties"/>
public sealed record DidDocument(string Id, IReadOnlyList<VerificationMethod> VerificationMethods, IReadOnlyList<string> AssertionMethods)
{
    /// <summary>Finds the verification method with the given absolute id.</summary>
    /// <param name="id">The method id.</param>
    /// <returns>The method, or <see langword="null"/>.</returns>
    public VerificationMethod? Find(string id) => VerificationMethods.FirstOrDefault(m => m.Id == id);
}
