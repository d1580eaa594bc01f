using Credence.Credentials.Keys;
using Credence.Persistence.Entities;

namespace Credence.Persistence.Issuing;

/// <summary>What signing a batch needs from the database, fetched beforehand: the key, the issuer, a status index per item, the time.</summary>
internal sealed record SigningPlan(
    PublishedMicrocredential Published,
    IReadOnlyList<IssueItem> Items,
    IssuerKey Key,
    CredentialKey SigningKey,
    string IssuerId,
    string VerificationMethod,
    IReadOnlyList<StatusSlot> Slots,
    DateTimeOffset Now);
