using Credence.Persistence.Entities;
using Credence.Persistence.Search;
using Microsoft.EntityFrameworkCore;

namespace Credence.Persistence.PostgreSql;

/// <summary>Catalog search over the generated, GIN-indexed <c>tsvector</c> column <c>DesignVersions.SearchVector</c> (English configuration).</summary>
internal sealed class PostgreSqlCatalogSearch(CredenceDbContext db, CatalogCountCache counts) : CatalogSearchBase(db, counts)
{
    protected override IQueryable<DesignVersion> Match(CredenceDbContext db, IReadOnlyList<string> words)
    {
        // Words are letters and digits only, so "word:*" joined with & is a safe tsquery; :* matches prefixes as FTS5's * does.
        var query = string.Join(" & ", words.Select(w => w + ":*"));
        return db.DesignVersions.FromSql(
            $"SELECT * FROM \"DesignVersions\" WHERE \"SearchVector\" @@ to_tsquery('english', {query})");
    }
}
