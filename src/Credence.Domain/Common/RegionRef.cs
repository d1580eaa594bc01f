namespace Credence.Domain.Common;

/// <summary>A labor-market region: a country, optionally narrowed to a state (two-letter code or FIPS) or a metro area.</summary>
/// <param name="Country">ISO 3166-1 alpha-2 country code, for example <c>US</c>.</param>
/// <param name="State">The state's postal abbreviation (<c>OH</c>), when the region is a state or within one.</param>
/// <param name="Metro">The metro area's OEWS/CBSA code, when the region is a metro area.</param>
public sealed record RegionRef(string Country, string? State = null, string? Metro = null)
{
    /// <summary>The whole United States.</summary>
    public static RegionRef UnitedStates { get; } = new("US");

    /// <inheritdoc />
    public override string ToString() =>
        Metro is not null ? $"{Country}-{State}-{Metro}" : State is not null ? $"{Country}-{State}" : Country;
}
