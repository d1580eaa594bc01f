using System.Globalization;
using Credence.Credentials.Dids;
using Credence.Persistence.Entities;

namespace Credence.Persistence.Issuing;

/// <summary>The public addresses issuing writes into credentials; the web host serves each of them.</summary>
/// <param name="publicBaseUrl">The public base URL.</param>
public sealed class IssuingUrls(Uri publicBaseUrl)
{
    private readonly string _base = publicBaseUrl.AbsoluteUri.TrimEnd('/');

    /// <summary>The institution's issuer home, <c>{base}/issuers/{slug}</c>; its did:web document is served at <c>{base}/issuers/{slug}/did.json</c>.</summary>
    /// <param name="institutionSlug">The institution's slug.</param>
    /// <returns>The URL.</returns>
    public Uri Issuer(string institutionSlug) => new($"{_base}/issuers/{institutionSlug}");

    /// <summary>The did:web of an institution: derived from <see cref="Issuer"/>.</summary>
    /// <param name="institutionSlug">The institution's slug.</param>
    /// <returns>The DID.</returns>
    /// <exception cref="ArgumentException">The public base URL is not HTTPS.</exception>
    public string DidWeb(string institutionSlug) => Credentials.Dids.DidWeb.FromUrl(Issuer(institutionSlug));

    /// <summary>A published status list credential: <c>{base}/issuers/{slug}/status/{purpose}/{number}</c>.</summary>
    /// <param name="institutionSlug">The institution's slug.</param>
    /// <param name="purpose">The list's purpose.</param>
    /// <param name="number">The list's number.</param>
    /// <returns>The URL.</returns>
    public string StatusList(string institutionSlug, StatusPurpose purpose, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{_base}/issuers/{institutionSlug}/status/{PurposeName(purpose)}/{number}");

    /// <summary>The achievement a microcredential version stands for: <c>{base}/issuers/{slug}/microcredentials/{id}/versions/{n}</c>.</summary>
    /// <param name="institutionSlug">The institution's slug.</param>
    /// <param name="microcredentialId">The microcredential's id.</param>
    /// <param name="version">The version number.</param>
    /// <returns>The URL.</returns>
    public string Achievement(string institutionSlug, string microcredentialId, int version) =>
        string.Create(CultureInfo.InvariantCulture, $"{_base}/issuers/{institutionSlug}/microcredentials/{Uri.EscapeDataString(microcredentialId)}/versions/{version}");

    /// <summary>The pathway achievement a CLR associates credentials with: <c>{base}/issuers/{slug}/pathways/{id}</c>.</summary>
    /// <param name="institutionSlug">The institution's slug.</param>
    /// <param name="pathwayId">The pathway's id.</param>
    /// <returns>The URL.</returns>
    public string Pathway(string institutionSlug, string pathwayId) => $"{_base}/issuers/{institutionSlug}/pathways/{Uri.EscapeDataString(pathwayId)}";

    /// <summary>A credential's public page: <c>{base}/credentials/{uuid}</c>.</summary>
    /// <param name="credentialId">The credential's id.</param>
    /// <returns>The URL.</returns>
    public string CredentialPage(Guid credentialId) => $"{_base}/credentials/{credentialId:D}";

    /// <summary>The <c>statusPurpose</c> value of a purpose.</summary>
    /// <param name="purpose">The purpose.</param>
    /// <returns><c>revocation</c> or <c>suspension</c>.</returns>
    public static string PurposeName(StatusPurpose purpose) => purpose == StatusPurpose.Suspension ? "suspension" : "revocation";

    /// <summary>Reads a <c>statusPurpose</c> value.</summary>
    /// <param name="name">The value.</param>
    /// <param name="purpose">The purpose.</param>
    /// <returns>Whether the value names a purpose.</returns>
    public static bool TryParsePurpose(string? name, out StatusPurpose purpose)
    {
        purpose = name == "suspension" ? StatusPurpose.Suspension : StatusPurpose.Revocation;
        return name is "suspension" or "revocation";
    }
}
