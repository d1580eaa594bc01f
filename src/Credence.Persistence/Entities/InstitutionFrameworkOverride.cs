namespace Credence.Persistence.Entities;

/// <summary>An institution's framework override document (the YAML <c>credence evaluate --framework-override</c> reads), applied when its designs are scored.</summary>
public sealed class InstitutionFrameworkOverride
{
    /// <summary>The database key.</summary>
    public long Id { get; set; }

    /// <summary>The institution the override belongs to; one override per institution.</summary>
    public long InstitutionId { get; set; }

    /// <summary>The override's YAML text, as uploaded.</summary>
    public required string Yaml { get; set; }

    /// <summary>When the override was last uploaded.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The id of the user who last uploaded it.</summary>
    public string? UpdatedBy { get; set; }
}
