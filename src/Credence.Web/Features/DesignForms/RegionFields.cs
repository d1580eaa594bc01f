using Credence.Domain.Common;

namespace Credence.Web.Features.DesignForms;

/// <summary>The labor-market region of a design, as form fields; a blank country means not stated.</summary>
internal sealed class RegionFields
{
    public string? Country { get; set; }

    public string? State { get; set; }

    public string? Metro { get; set; }

    public RegionRef? ToRecord() =>
        FormReader.Text(Country) is null && FormReader.Text(State) is null && FormReader.Text(Metro) is null
            ? null
            : new RegionRef(FormReader.Text(Country) ?? string.Empty, FormReader.Text(State), FormReader.Text(Metro));

    public static RegionFields From(RegionRef? region) => new() { Country = region?.Country, State = region?.State, Metro = region?.Metro };
}
