using Credence.Persistence.Entities;

namespace Credence.Web.Features.Issuing;

/// <summary>A message of the mail outbox as the admin page and API show it.</summary>
internal sealed record OutboxResponse(long Id, string To, string Subject, OutboxStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, int Attempts, string? LastError, string? PickupFile)
{
    public static OutboxResponse From(OutboxMessage m) => new(m.Id, m.To, m.Subject, m.Status, m.CreatedAt, m.SentAt, m.Attempts, m.LastError, m.PickupFile);
}
