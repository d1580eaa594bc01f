using Credence.Persistence.Entities;

namespace Credence.Web.Features.Wallet;

/// <summary>A credential as its holder's wallet, its public page and its downloads see it; <c>Json</c> is exactly as signed.</summary>
internal sealed record HeldCredential(
    Guid Id,
    long LearnerId,
    string? LearnerUserId,
    string LearnerEmail,
    string LearnerName,
    long InstitutionId,
    string InstitutionSlug,
    string InstitutionName,
    string Microcredential,
    string Title,
    string? Description,
    CredentialState State,
    string? StateReason,
    DateTimeOffset IssuedAt,
    DateTimeOffset ValidFrom,
    DateTimeOffset? ValidUntil,
    bool IsPublic,
    string Json);
