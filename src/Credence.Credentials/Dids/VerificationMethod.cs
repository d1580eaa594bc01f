using Credence.Credentials.Keys;

namespace Credence.Credentials.Dids;

/// <summary>A verification method of a DID document: its id, controller, type and public key.</summary>
/// <param name="Id">The absolute verification method id (<c>did:…#fragment</c>).</param>
/// <param name="Type">The method type (<c>Multikey</c>, <c>Ed25519VerificationKey2020</c>, <c>JsonWebKey</c>, <c>JsonWebKey2020</c>).</param>
/// <param name="Controller">The controller DID.</param>
/// <param name="Key">The public key.</param>
/// <seealso href="https://www.w3.org/TR/did-core/#verification-methods"/>
public sealed record VerificationMethod(string Id, string Type, string Controller, CredentialKey Key);
