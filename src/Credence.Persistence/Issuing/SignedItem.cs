using Credence.Persistence.Entities;

namespace Credence.Persistence.Issuing;

/// <summary>A signed credential ready to store, with the learner's notification.</summary>
internal sealed record SignedItem(IssueItem Item, IssuedCredential Credential, OutboxMessage Message);
