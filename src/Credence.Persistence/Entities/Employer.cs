namespace Credence.Persistence.Entities;

/// <summary>An employer or industry partner an institution works with.</summary>
public sealed class Employer
{
    /// <summary>The database key.</summary>
    public long Id { get; set; }

    /// <summary>The institution that records this employer.</summary>
    public long InstitutionId { get; set; }

    /// <summary>The employer's name.</summary>
    public required string Name { get; set; }

    /// <summary>The industry sector.</summary>
    public string? Sector { get; set; }

    /// <summary>The employer's web site.</summary>
    public string? Url { get; set; }

    /// <summary>What the employer did, design by design.</summary>
    public List<EmployerEngagementRecord> Engagements { get; } = [];
}
