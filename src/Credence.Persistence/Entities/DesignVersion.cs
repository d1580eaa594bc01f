namespace Credence.Persistence.Entities;

/// <summary>One version of a design: the record itself plus the columns catalog search and filters use.</summary>
/// <remarks>A published version is immutable; <see cref="CredenceDbContext"/> refuses to save a change to one.</remarks>
public sealed class DesignVersion
{
    /// <summary>The database key.</summary>
    public long Id { get; set; }

    /// <summary>The design's key.</summary>
    public long DesignId { get; set; }

    /// <summary>The design this is a version of.</summary>
    public Design? Design { get; set; }

    /// <summary>The version number, 1 for the first.</summary>
    public int Number { get; set; }

    /// <summary>Draft or published.</summary>
    public DesignVersionStatus Status { get; set; }

    /// <summary>The domain record as canonical JSON (<see cref="Designs.DesignJson"/>).</summary>
    public required string Content { get; set; }

    /// <summary>The authoring YAML text the version was imported from, when it came from YAML.</summary>
    public string? SourceYaml { get; set; }

    /// <summary>The title (indexed for search).</summary>
    public required string Title { get; set; }

    /// <summary>The description (indexed for search).</summary>
    public string? Description { get; set; }

    /// <summary>The competency statements, one per line (indexed for search).</summary>
    public string? CompetencyText { get; set; }

    /// <summary>Skill names, codes and keywords (indexed for search).</summary>
    public string? SkillText { get; set; }

    /// <summary>Skill codes and URIs, each between bars (<c>|2.A.2.a|</c>) for exact filtering.</summary>
    public string? Skills { get; set; }

    /// <summary>Target occupation codes, each between bars (<c>|15-1232|</c>) for exact filtering.</summary>
    public string? Occupations { get; set; }

    /// <summary>Delivery modes in kebab-case, each between bars (<c>|online|hybrid|</c>).</summary>
    public string? DeliveryModes { get; set; }

    /// <summary>Tuition plus fees plus materials, when any is given.</summary>
    public double? CostTotal { get; set; }

    /// <summary>The ISO 4217 currency of <see cref="CostTotal"/>.</summary>
    public string? Currency { get; set; }

    /// <summary>Calendar weeks.</summary>
    public double? Weeks { get; set; }

    /// <summary>Notional learning hours.</summary>
    public double? Hours { get; set; }

    /// <summary>Whether it carries academic credit, when stated.</summary>
    public bool? CreditBearing { get; set; }

    /// <summary>The provider's name.</summary>
    public string? ProviderName { get; set; }

    /// <summary>When the version was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Who created it (user id).</summary>
    public string? CreatedBy { get; set; }

    /// <summary>When the draft last changed, or when it was published.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When it was published.</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>Who published it (user id).</summary>
    public string? PublishedBy { get; set; }
}
