namespace Credence.Domain.Common;

/// <summary>The institution that offers and awards a microcredential or pathway.</summary>
public sealed record ProviderInfo
{
    /// <summary>The provider's name, for example "Lakeshore Community College".</summary>
    public required string Name { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country code of the provider.</summary>
    public string? Country { get; init; }

    /// <summary>The provider's web site.</summary>
    public string? Url { get; init; }

    /// <summary>The kind of provider (community college, university, employer, training provider, …).</summary>
    public string? Kind { get; init; }
}
