using Credence.Domain.Common;

namespace Credence.Web.Features.DesignForms;

/// <summary>Where a design is published, as form fields; all blank and unchecked means not stated.</summary>
internal sealed class PublicationFields
{
    public string? PublicUrl { get; set; }

    public bool CatalogListed { get; set; }

    public bool DigitalBadge { get; set; }

    public string? BadgeStandard { get; set; }

    public bool MachineReadableMetadata { get; set; }

    public Publication? ToRecord() =>
        FormReader.Text(PublicUrl) is null && FormReader.Text(BadgeStandard) is null && !CatalogListed && !DigitalBadge && !MachineReadableMetadata
            ? null
            : new Publication
            {
                PublicUrl = FormReader.Text(PublicUrl),
                CatalogListed = CatalogListed,
                DigitalBadge = DigitalBadge,
                BadgeStandard = FormReader.Text(BadgeStandard),
                MachineReadableMetadata = MachineReadableMetadata,
            };

    public static PublicationFields From(Publication? publication) => new()
    {
        PublicUrl = publication?.PublicUrl,
        CatalogListed = publication?.CatalogListed ?? false,
        DigitalBadge = publication?.DigitalBadge ?? false,
        BadgeStandard = publication?.BadgeStandard,
        MachineReadableMetadata = publication?.MachineReadableMetadata ?? false,
    };
}
