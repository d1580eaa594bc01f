using Credence.Domain.Common;

namespace Credence.Web.Features.DesignForms;

/// <summary>The provider of a design, as form fields; all blank means not stated.</summary>
internal sealed class ProviderFields
{
    public string? Name { get; set; }

    public string? Country { get; set; }

    public string? Url { get; set; }

    public string? Kind { get; set; }

    public ProviderInfo? ToRecord() =>
        FormReader.Text(Name) is null && FormReader.Text(Country) is null && FormReader.Text(Url) is null && FormReader.Text(Kind) is null
            ? null
            : new ProviderInfo { Name = FormReader.Text(Name) ?? string.Empty, Country = FormReader.Text(Country), Url = FormReader.Text(Url), Kind = FormReader.Text(Kind) };

    public static ProviderFields From(ProviderInfo? provider) =>
        new() { Name = provider?.Name, Country = provider?.Country, Url = provider?.Url, Kind = provider?.Kind };
}
