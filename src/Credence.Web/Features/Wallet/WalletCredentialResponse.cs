using Credence.Persistence.Entities;

namespace Credence.Web.Features.Wallet;

/// <summary>A credential in its holder's wallet, with the links to share and download it.</summary>
internal sealed record WalletCredentialResponse(
    Guid Id,
    string Title,
    string Issuer,
    string Microcredential,
    CredentialState State,
    string? StateReason,
    DateTimeOffset ValidFrom,
    DateTimeOffset? ValidUntil,
    bool IsPublic,
    string PublicPage,
    string LinkedIn,
    IReadOnlyDictionary<string, string> Downloads)
{
    public static WalletCredentialResponse From(HeldCredential c, string publicPage) =>
        new(c.Id, c.Title, c.InstitutionName, c.Microcredential, c.State, c.StateReason, c.ValidFrom, c.ValidUntil, c.IsPublic, publicPage,
            LinkedInLink.For(c, publicPage),
            CredentialFiles.Formats.ToDictionary(f => f, f => $"/api/wallet/credentials/{c.Id:D}/{f}", StringComparer.Ordinal));
}
