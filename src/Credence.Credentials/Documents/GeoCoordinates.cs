namespace Credence.Credentials.Documents;

/// <summary>Geographic coordinates (OB 3.0 GeoCoordinates).</summary>
/// <seealso href="https://www.imsglobal.org/spec/ob/v3p0/#geocoordinates"/>
public sealed record GeoCoordinates
{
    /// <summary>Gets the type, <c>GeoCoordinates</c>.</summary>
    public string Type { get; init; } = "GeoCoordinates";

    /// <summary>Gets the latitude.</summary>
    public required decimal Latitude { get; init; }

    /// <summary>Gets the longitude.</summary>
    public required decimal Longitude { get; init; }
}
