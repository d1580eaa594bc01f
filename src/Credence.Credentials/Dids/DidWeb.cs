using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Credence.Credentials.Fetching;
using Credence.Credentials.Keys;
using Credence.Credentials.Verification;

namespace Credence.Credentials.Dids;

/// <summary>The <c>did:web</c> method: a DID document published over HTTPS at a domain the issuer controls.</summary>
/// <seealso href="https://w3c-ccg.github.io/did-method-web/"/>
public static class DidWeb
{
    /// <summary>The method prefix, <c>did:web:</c>.</summary>
    public const string Prefix = "did:web:";

    private static readonly JsonSerializerOptions _indented = new() { WriteIndented = true };

    /// <summary>Derives the <c>did:web</c> identifier from the HTTPS URL the document is served under (a port is encoded as <c>%3A</c>, path segments become <c>:</c>).</summary>
    /// <param name="baseUrl">The HTTPS URL, for example <c>https://credence.example.edu/institutions/north</c>.</param>
    /// <returns>The DID, for example <c>did:web:credence.example.edu:institutions:north</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="baseUrl"/> is not an absolute HTTPS URL without query or fragment.</exception>
    public static string FromUrl(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        if (!baseUrl.IsAbsoluteUri || baseUrl.Scheme != Uri.UriSchemeHttps || baseUrl.Query.Length > 0 || baseUrl.Fragment.Length > 0)
        {
            throw new ArgumentException("A did:web is derived from an absolute HTTPS URL without query or fragment.", nameof(baseUrl));
        }

        var builder = new StringBuilder(Prefix).Append(baseUrl.IdnHost.ToLowerInvariant());
        if (!baseUrl.IsDefaultPort)
        {
            builder.Append("%3A").Append(baseUrl.Port);
        }

        foreach (var segment in baseUrl.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(':').Append(segment);
        }

        return builder.ToString();
    }

    /// <summary>Computes the URL of a <c>did:web</c>'s document: <c>/.well-known/did.json</c> for a bare domain, else the path plus <c>/did.json</c>.</summary>
    /// <param name="did">The DID (without fragment).</param>
    /// <param name="url">The document URL when the DID is a valid <c>did:web</c>.</param>
    /// <returns><see langword="true"/> when the DID is a valid <c>did:web</c>.</returns>
    public static bool TryGetDocumentUrl(string did, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Uri? url)
    {
        url = null;
        if (did is null || !did.StartsWith(Prefix, StringComparison.Ordinal) || did.Length > 2048)
        {
            return false;
        }

        var parts = did[Prefix.Length..].Split(':');
        if (parts.Any(p => p.Length == 0 || p is "." or ".." || p.Contains('/', StringComparison.Ordinal) || p.Contains('?', StringComparison.Ordinal) || p.Contains('#', StringComparison.Ordinal)))
        {
            return false;
        }

        var host = parts[0].Replace("%3A", ":", StringComparison.OrdinalIgnoreCase);
        var path = parts.Length == 1 ? "/.well-known/did.json" : "/" + string.Join('/', parts.Skip(1)) + "/did.json";
        if (!Uri.TryCreate("https://" + host + path, UriKind.Absolute, out url) || url.Host.Length == 0)
        {
            url = null;
            return false;
        }

        return true;
    }

    /// <summary>Builds the DID document an issuer publishes for its <c>did:web</c>: each key as a verification method
    /// authorized for <c>assertionMethod</c> and <c>authentication</c> (Ed25519 and P-256 as <c>Multikey</c> with id <c>#z…</c>,
    /// RSA as <c>JsonWebKey</c> with its JWK thumbprint as id).</summary>
    /// <param name="did">The issuer's <c>did:web</c>.</param>
    /// <param name="keys">The issuer's keys (only their public parts are written).</param>
    /// <returns>The document as indented JSON.</returns>
    /// <exception cref="ArgumentException"><paramref name="did"/> is not a valid <c>did:web</c>, or <paramref name="keys"/> is empty.</exception>
    public static string BuildDocument(string did, IReadOnlyList<CredentialKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (!TryGetDocumentUrl(did, out _))
        {
            throw new ArgumentException($"'{did}' is not a valid did:web.", nameof(did));
        }

        if (keys.Count == 0)
        {
            throw new ArgumentException("A DID document needs at least one key.", nameof(keys));
        }

        var context = new JsonArray("https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1");
        if (keys.Any(k => k.Type == KeyType.Rsa))
        {
            context.Add("https://w3id.org/security/jwk/v1");
        }

        var methods = new JsonArray();
        var ids = new List<string>();
        foreach (var key in keys)
        {
            var multikey = key.Type != KeyType.Rsa;
            var id = did + "#" + (multikey ? Multikey.EncodePublicKey(key) : JsonWebKey.Thumbprint(key));
            ids.Add(id);
            var method = new JsonObject { ["id"] = id, ["type"] = multikey ? "Multikey" : "JsonWebKey", ["controller"] = did };
            if (multikey)
            {
                method["publicKeyMultibase"] = Multikey.EncodePublicKey(key);
            }
            else
            {
                method["publicKeyJwk"] = JsonWebKey.Export(key);
            }

            methods.Add(method);
        }

        var document = new JsonObject
        {
            ["@context"] = context,
            ["id"] = did,
            ["verificationMethod"] = methods,
            ["assertionMethod"] = new JsonArray(ids.Select(i => (JsonNode)JsonValue.Create(i)).ToArray()),
            ["authentication"] = new JsonArray(ids.Select(i => (JsonNode)JsonValue.Create(i)).ToArray()),
        };
        return document.ToJsonString(_indented);
    }

    /// <summary>Resolves a <c>did:web</c> DID or DID URL by fetching its document through <paramref name="fetcher"/>.</summary>
    /// <param name="didUrl">The DID, optionally with a fragment naming a verification method.</param>
    /// <param name="fetcher">The caller's fetcher (use <see cref="GuardedHttpDocumentFetcher"/> for the network).</param>
    /// <param name="cancellationToken">Cancels the fetch.</param>
    /// <returns>The document and method, a failed check (invalid DID or document), or a not-checked one (document unavailable).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async Task<DidResolution> ResolveAsync(string didUrl, IDocumentFetcher fetcher, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(didUrl);
        ArgumentNullException.ThrowIfNull(fetcher);
        var hash = didUrl.IndexOf('#', StringComparison.Ordinal);
        var did = hash < 0 ? didUrl : didUrl[..hash];
        if (!TryGetDocumentUrl(did, out var url))
        {
            return DidResolution.Failed(VerificationCodes.DidInvalid, $"{did} is not a valid did:web.");
        }

        var fetched = await fetcher.FetchAsync(url, cancellationToken).ConfigureAwait(false);
        if (!fetched.Succeeded)
        {
            return DidResolution.NotChecked(fetched.FailureCode ?? VerificationCodes.FetchUnavailable, fetched.FailureMessage ?? $"The DID document of {did} could not be fetched.");
        }

        var resolution = DidDocumentReader.Read(did, fetched.Content!);
        if (resolution.Document is null || hash < 0)
        {
            return resolution;
        }

        var method = resolution.Document.Find(didUrl);
        return method is null
            ? DidResolution.Failed(VerificationCodes.DidMethodNotFound, $"The DID document of {did} has no verification method {didUrl}.")
            : resolution with { Method = method };
    }
}
