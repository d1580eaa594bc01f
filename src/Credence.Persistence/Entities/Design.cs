namespace Credence.Persistence.Entities;

/// <summary>A microcredential or pathway of one institution, across all of its versions.</summary>
public sealed class Design
{
    /// <summary>The database key.</summary>
    public long Id { get; set; }

    /// <summary>The owning institution's key.</summary>
    public long InstitutionId { get; set; }

    /// <summary>The owning institution.</summary>
    public Institution? Institution { get; set; }

    /// <summary>Microcredential or pathway.</summary>
    public DesignKind Kind { get; set; }

    /// <summary>The domain record's id, unique per institution and kind.</summary>
    public required string Slug { get; set; }

    /// <summary>The number of the newest published version, or null while nothing is published.</summary>
    public int? PublishedVersionNumber { get; set; }

    /// <summary>When the design was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Every version, drafts and published ones.</summary>
    public List<DesignVersion> Versions { get; } = [];
}
