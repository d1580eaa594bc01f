namespace Credence.Persistence.Entities;

/// <summary>Where an outbox message stands.</summary>
public enum OutboxStatus
{
    /// <summary>Waiting to be sent.</summary>
    Pending,

    /// <summary>Handed to the SMTP server.</summary>
    Sent,

    /// <summary>Written as an <c>.eml</c> file to the pickup folder (no SMTP server configured).</summary>
    Written,

    /// <summary>Sending failed; <see cref="OutboxMessage.LastError"/> says why.</summary>
    Failed,
}
