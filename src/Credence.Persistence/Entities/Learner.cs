namespace Credence.Persistence.Entities;

/// <summary>A person who earns credentials: known by e-mail address, linked to an account once they have one.</summary>
public sealed class Learner
{
    /// <summary>The database key.</summary>
    public long Id { get; set; }

    /// <summary>The learner's public identifier; credentials name the learner as <c>urn:uuid:</c> of it.</summary>
    public Guid PublicId { get; set; }

    /// <summary>The e-mail address, trimmed and lower-cased; unique.</summary>
    public required string Email { get; set; }

    /// <summary>The learner's name as the issuer knows it.</summary>
    public required string Name { get; set; }

    /// <summary>The account of the learner, when they have one.</summary>
    public string? UserId { get; set; }

    /// <summary>The learner's account.</summary>
    public CredenceUser? User { get; set; }

    /// <summary>When the learner was first recorded.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
