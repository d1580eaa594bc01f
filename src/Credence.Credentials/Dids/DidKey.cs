using Credence.Credentials.Keys;
using Credence.Credentials.Verification;

namespace Credence.Credentials.Dids;

/// <summary>The <c>did:key</c> method: a DID that is its own public key, resolved offline.</summary>
/// <seealso href="https://w3c-ccg.github.io/did-key-spec/"/>
public static class DidKey
{
    /// <summary>The method prefix, <c>did:key:</c>.</summary>
    public const string Prefix = "did:key:";

    /// <summary>Creates the <c>did:key</c> of <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The DID, <c>did:key:z…</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public static string Create(CredentialKey key) => Prefix + Multikey.EncodePublicKey(key);

    /// <summary>Creates the verification method id of <paramref name="key"/>'s <c>did:key</c>: <c>did:key:z…#z…</c>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The verification method id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public static string VerificationMethodId(CredentialKey key)
    {
        var multibase = Multikey.EncodePublicKey(key);
        return Prefix + multibase + "#" + multibase;
    }

    /// <summary>Resolves a <c>did:key</c> DID or DID URL offline.</summary>
    /// <param name="didUrl">The DID, optionally with the <c>#z…</c> fragment naming its only verification method.</param>
    /// <returns>The document and its one method; or a failed check with a <c>did.*</c> or <c>key.*</c> code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="didUrl"/> is null.</exception>
    public static DidResolution Resolve(string didUrl)
    {
        ArgumentNullException.ThrowIfNull(didUrl);
        if (!didUrl.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return DidResolution.Failed(VerificationCodes.DidInvalid, $"{didUrl} is not a did:key.");
        }

        var hash = didUrl.IndexOf('#', StringComparison.Ordinal);
        var did = hash < 0 ? didUrl : didUrl[..hash];
        var multibase = did[Prefix.Length..];
        if (!Multikey.TryDecodePublicKey(multibase, out var key, out var errorCode))
        {
            return DidResolution.Failed(errorCode, $"The key in {did} is not a valid Multikey.");
        }

        var method = new VerificationMethod(did + "#" + multibase, "Multikey", did, key);
        var document = new DidDocument(did, [method], [method.Id]);
        // Note: a did:key has exactly one verification method, so the bare DID names it too (some issuers write it so).
        if (hash < 0)
        {
            return new DidResolution(document, method, null);
        }

        return didUrl[(hash + 1)..] == multibase
            ? new DidResolution(document, method, null)
            : DidResolution.Failed(VerificationCodes.DidMethodNotFound, $"{did} has no verification method {didUrl}.");
    }
}
