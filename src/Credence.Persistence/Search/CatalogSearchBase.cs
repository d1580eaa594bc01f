using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Credence.Persistence.Search;

/// <summary>Catalog search: the provider supplies the full-text match, the filters and paging are shared.</summary>
/// <param name="db">The database.</param>
/// <param name="counts">The match counts kept between searches.</param>
internal abstract class CatalogSearchBase(CredenceDbContext db, CatalogCountCache counts) : ICatalogSearch
{
    private const int MaxPageSize = 100;

    public async Task<CatalogPage> SearchAsync(CatalogQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = Math.Max(1, query.Page);
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var words = SearchWords.Split(query.Text);
        var versions = words.Count == 0 ? All(db) : Match(db, words);
        versions = Filter(versions.AsNoTracking(), query);

        var key = CatalogCountCache.KeyOf(query, words);
        if (!counts.TryGet(key, out var total))
        {
            var generation = counts.Generation;
            total = await versions.CountAsync(cancellationToken).ConfigureAwait(false);
            counts.Set(key, generation, total);
        }

        var rows = await versions
            .OrderBy(v => v.Title).ThenBy(v => v.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(v => new
            {
                Institution = v.Design!.Institution!.Slug,
                v.Design.Kind,
                v.Design.Slug,
                v.Number,
                v.Status,
                v.Title,
                v.Description,
                v.ProviderName,
                v.CostTotal,
                v.Currency,
                v.Weeks,
                v.CreditBearing,
                v.DeliveryModes,
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var items = rows.Select(r => new CatalogItem(
            r.Institution, r.Kind, r.Slug, r.Number, r.Status, r.Title, r.Description, r.ProviderName, r.CostTotal, r.Currency, r.Weeks, r.CreditBearing,
            r.DeliveryModes?.Split('|', StringSplitOptions.RemoveEmptyEntries) ?? [])).ToList();
        return new CatalogPage(items, total, page, pageSize);
    }

    /// <summary>Every design version, for a search without words; providers may steer the plan.</summary>
    protected virtual IQueryable<DesignVersion> All(CredenceDbContext db) => db.DesignVersions;

    /// <summary>The design versions whose indexed text contains every word (stemmed by the database's English rules).</summary>
    protected abstract IQueryable<DesignVersion> Match(CredenceDbContext db, IReadOnlyList<string> words);

    private static IQueryable<DesignVersion> Filter(IQueryable<DesignVersion> versions, CatalogQuery query)
    {
        versions = query.IncludeDrafts
            ? versions.Where(v => v.Status == DesignVersionStatus.Draft ||
                                  (v.Number == v.Design!.PublishedVersionNumber && !v.Design.Versions.Any(o => o.Status == DesignVersionStatus.Draft)))
            : versions.Where(v => v.Number == v.Design!.PublishedVersionNumber);
        if (query.Kind is { } kind)
        {
            versions = versions.Where(v => v.Design!.Kind == kind);
        }

        if (!string.IsNullOrEmpty(query.Institution))
        {
            versions = versions.Where(v => v.Design!.Institution!.Slug == query.Institution);
        }

        if (query.MaxCost is { } maxCost)
        {
            versions = versions.Where(v => v.CostTotal != null && v.CostTotal <= maxCost);
        }

        if (query.MaxWeeks is { } maxWeeks)
        {
            versions = versions.Where(v => v.Weeks != null && v.Weeks <= maxWeeks);
        }

        if (query.DeliveryMode is { } mode)
        {
            var token = $"|{DesignDocument.KebabCase(mode)}|";
            versions = versions.Where(v => v.DeliveryModes != null && v.DeliveryModes.Contains(token));
        }

        if (query.CreditBearing is { } creditBearing)
        {
            versions = versions.Where(v => v.CreditBearing == creditBearing);
        }

        if (!string.IsNullOrWhiteSpace(query.Occupation))
        {
            var token = "|" + query.Occupation.Trim();
            versions = versions.Where(v => v.Occupations != null && v.Occupations.Contains(token));
        }

        if (!string.IsNullOrWhiteSpace(query.Skill))
        {
            var token = "|" + query.Skill.Trim() + "|";
            versions = versions.Where(v => v.Skills != null && v.Skills.Contains(token));
        }

        if (!string.IsNullOrWhiteSpace(query.Provider))
        {
            versions = versions.Where(v => v.ProviderName == query.Provider);
        }

        return versions;
    }
}
