namespace Credence.Web.Features.Verify;

/// <summary>Limits of the public verifier, from the configuration section <c>Credence:Verifier</c>.</summary>
internal sealed record VerifierSettings
{
    public const string Section = "Credence:Verifier";

    /// <summary>Gets a value indicating whether the verifier fetches nothing: other issuers' DID documents and status lists are then reported as not checked.</summary>
    public bool Offline { get; init; }

    /// <summary>Gets the time allowed for one fetch, in seconds.</summary>
    public int FetchTimeoutSeconds { get; init; } = 10;

    /// <summary>Gets the largest DID document or status list credential fetched, in bytes.</summary>
    public int MaxDocumentBytes { get; init; } = 1024 * 1024;

    /// <summary>Gets the largest credential or baked image accepted, in bytes.</summary>
    public int MaxInputBytes { get; init; } = 4 * 1024 * 1024;
}
