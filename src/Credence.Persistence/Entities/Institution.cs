namespace Credence.Persistence.Entities;

/// <summary>An institution hosted by this instance: its issuer profile and the owner of a catalog.</summary>
public sealed class Institution
{
    /// <summary>The database key.</summary>
    public long Id { get; set; }

    /// <summary>The URL-safe short name that appears in public links (lowercase letters, digits and dashes).</summary>
    public required string Slug { get; set; }

    /// <summary>The institution's name.</summary>
    public required string Name { get; set; }

    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    public string? Country { get; set; }

    /// <summary>The institution's public web site.</summary>
    public string? Url { get; set; }

    /// <summary>A short public description of the issuer.</summary>
    public string? Description { get; set; }

    /// <summary>When the institution was added.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
