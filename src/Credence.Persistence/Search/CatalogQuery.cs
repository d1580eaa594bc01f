using Credence.Domain.Microcredentials;
using Credence.Persistence.Entities;

namespace Credence.Persistence.Search;

/// <summary>What to look for in the catalog; every filter left null is not applied.</summary>
public sealed record CatalogQuery
{
    /// <summary>Words to find in titles, descriptions, competencies and skills; every word must match.</summary>
    public string? Text { get; init; }

    /// <summary>Only microcredentials or only pathways.</summary>
    public DesignKind? Kind { get; init; }

    /// <summary>Only this institution's designs (slug).</summary>
    public string? Institution { get; init; }

    /// <summary>Search drafts too: each design's open draft stands in for its published version.</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>Total cost at most this amount.</summary>
    public double? MaxCost { get; init; }

    /// <summary>At most this many weeks.</summary>
    public double? MaxWeeks { get; init; }

    /// <summary>Offered in this delivery mode.</summary>
    public DeliveryMode? DeliveryMode { get; init; }

    /// <summary>Credit-bearing (true) or non-credit (false).</summary>
    public bool? CreditBearing { get; init; }

    /// <summary>Leads to this occupation (SOC or O*NET-SOC code; a SOC code matches its O*NET-SOC detail codes).</summary>
    public string? Occupation { get; init; }

    /// <summary>Aligned to this skill (code or URI).</summary>
    public string? Skill { get; init; }

    /// <summary>Offered by this provider (exact name).</summary>
    public string? Provider { get; init; }

    /// <summary>The page to return, from 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Results per page (1–100).</summary>
    public int PageSize { get; init; } = 20;
}
