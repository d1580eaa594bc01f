namespace Credence.Persistence.Entities;

/// <summary>A proficiency scale an institution defined in the authoring format (<c>kind: proficiency-scale</c>), which its designs may name.</summary>
public sealed class StoredProficiencyScale
{
    /// <summary>The database key.</summary>
    public long Id { get; set; }

    /// <summary>The institution that owns the scale.</summary>
    public long InstitutionId { get; set; }

    /// <summary>The scale's id in the authoring format, unique within the institution.</summary>
    public required string Slug { get; set; }

    /// <summary>The scale's name.</summary>
    public required string Name { get; set; }

    /// <summary>The levels, lowest first, as canonical JSON (<see cref="Designs.DesignJson"/>).</summary>
    public required string Levels { get; set; }

    /// <summary>The authoring YAML text the scale was imported from.</summary>
    public required string SourceYaml { get; set; }

    /// <summary>When the scale was first stored.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the scale was last replaced.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
