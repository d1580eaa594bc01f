namespace Credence.Persistence.Entities;

/// <summary>An e-mail to send, written in the same transaction as what it announces and sent afterwards.</summary>
public sealed class OutboxMessage
{
    /// <summary>The database key.</summary>
    public long Id { get; set; }

    /// <summary>The institution it is sent for.</summary>
    public long? InstitutionId { get; set; }

    /// <summary>The recipient's address.</summary>
    public required string To { get; set; }

    /// <summary>The recipient's name.</summary>
    public string? ToName { get; set; }

    /// <summary>The subject line.</summary>
    public required string Subject { get; set; }

    /// <summary>The plain-text body.</summary>
    public required string TextBody { get; set; }

    /// <summary>The credential it announces, when it does.</summary>
    public long? IssuedCredentialId { get; set; }

    /// <summary>Pending, sent, written or failed.</summary>
    public OutboxStatus Status { get; set; }

    /// <summary>When it was queued.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it was sent or written.</summary>
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>How many times sending was tried.</summary>
    public int Attempts { get; set; }

    /// <summary>The last failure.</summary>
    public string? LastError { get; set; }

    /// <summary>The <c>.eml</c> file's name in the pickup folder, when written there.</summary>
    public string? PickupFile { get; set; }
}
