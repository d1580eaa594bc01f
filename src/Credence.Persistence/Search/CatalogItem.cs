using Credence.Persistence.Entities;

namespace Credence.Persistence.Search;

/// <summary>One search result: enough to list a design and link to it.</summary>
/// <param name="Institution">The owning institution's slug.</param>
/// <param name="Kind">Microcredential or pathway.</param>
/// <param name="Id">The design's id.</param>
/// <param name="Version">The version found.</param>
/// <param name="Status">Whether that version is a draft or published.</param>
/// <param name="Title">The title.</param>
/// <param name="Description">The description.</param>
/// <param name="Provider">The provider's name.</param>
/// <param name="CostTotal">The total cost.</param>
/// <param name="Currency">The cost's currency.</param>
/// <param name="Weeks">Calendar weeks.</param>
/// <param name="CreditBearing">Whether it carries credit.</param>
/// <param name="DeliveryModes">Delivery modes in kebab-case.</param>
public sealed record CatalogItem(
    string Institution,
    DesignKind Kind,
    string Id,
    int Version,
    DesignVersionStatus Status,
    string Title,
    string? Description,
    string? Provider,
    double? CostTotal,
    string? Currency,
    double? Weeks,
    bool? CreditBearing,
    IReadOnlyList<string> DeliveryModes);
