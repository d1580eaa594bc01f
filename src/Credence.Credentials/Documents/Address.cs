namespace Credence.Credentials.Documents;

/// <summary>A postal address (OB 3.0 Address).</summary>
/// <seealso href="https://www.imsglobal.org/spec/ob/v3p0/#address"/>
public sealed record Address
{
    /// <summary>Gets the types, including <c>Address</c>.</summary>
    public IReadOnlyList<string> Type { get; init; } = ["Address"];

    /// <summary>Gets the country.</summary>
    public string? AddressCountry { get; init; }

    /// <summary>Gets the ISO 3166-1 alpha-2 country code.</summary>
    public string? AddressCountryCode { get; init; }

    /// <summary>Gets the region.</summary>
    public string? AddressRegion { get; init; }

    /// <summary>Gets the locality.</summary>
    public string? AddressLocality { get; init; }

    /// <summary>Gets the street address.</summary>
    public string? StreetAddress { get; init; }

    /// <summary>Gets the post office box number.</summary>
    public string? PostOfficeBoxNumber { get; init; }

    /// <summary>Gets the postal code.</summary>
    public string? PostalCode { get; init; }

    /// <summary>Gets the coordinates.</summary>
    public GeoCoordinates? Geo { get; init; }
}
