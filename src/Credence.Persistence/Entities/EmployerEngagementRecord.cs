using Credence.Domain.Common;

namespace Credence.Persistence.Entities;

/// <summary>One thing an employer did for a design (co-designed, validated, endorsed, offers work-based learning), on a date.</summary>
public sealed class EmployerEngagementRecord
{
    /// <summary>The database key.</summary>
    public long Id { get; set; }

    /// <summary>The employer's key.</summary>
    public long EmployerId { get; set; }

    /// <summary>The employer.</summary>
    public Employer? Employer { get; set; }

    /// <summary>The design the engagement was for, if it was for one.</summary>
    public long? DesignId { get; set; }

    /// <summary>What the employer did.</summary>
    public EngagementActivity Activity { get; set; }

    /// <summary>When.</summary>
    public DateOnly Date { get; set; }

    /// <summary>A link to or description of the evidence (letter, minutes, agreement).</summary>
    public string? Evidence { get; set; }

    /// <summary>Who recorded it (user id).</summary>
    public string? RecordedBy { get; set; }

    /// <summary>When it was recorded.</summary>
    public DateTimeOffset RecordedAt { get; set; }
}
