using Credence.Persistence.Entities;

namespace Credence.Web.Features.Issuing;

/// <summary>An issued credential as the issuer's API lists it; <c>credential</c> is the signed JSON exactly as stored (detail only).</summary>
internal sealed record CredentialResponse(
    Guid Id,
    string LearnerEmail,
    string LearnerName,
    string Microcredential,
    string Title,
    CredentialState State,
    string? StateReason,
    DateTimeOffset IssuedAt,
    DateTimeOffset ValidFrom,
    DateTimeOffset? ValidUntil,
    bool IsPublic,
    string PublicPage,
    System.Text.Json.JsonElement? Credential = null);
