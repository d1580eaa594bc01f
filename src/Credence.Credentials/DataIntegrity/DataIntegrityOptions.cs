using Credence.Credentials.Fetching;
using Credence.JsonLd;

namespace Credence.Credentials.DataIntegrity;

/// <summary>Where the contexts and verification methods a Data Integrity proof needs come from.</summary>
public sealed record DataIntegrityOptions
{
    /// <summary>Gets the JSON-LD document loader; null for the bundled contexts only (nothing is loaded from the network).</summary>
    public IDocumentLoader? DocumentLoader { get; init; }

    /// <summary>Gets the fetcher for <c>did:web</c> and HTTPS verification methods; null to verify offline (those are then not checked).</summary>
    public IDocumentFetcher? Fetcher { get; init; }
}
