using Credence.Persistence.Entities;
using Credence.Persistence.Search;
using Microsoft.EntityFrameworkCore;

namespace Credence.Persistence.Sqlite;

/// <summary>Catalog search over the FTS5 table <c>DesignVersionSearch</c> (porter-stemmed, kept in step by triggers).</summary>
internal sealed class SqliteCatalogSearch(CredenceDbContext db) : CatalogSearchBase(db)
{
    protected override IQueryable<DesignVersion> Match(CredenceDbContext db, IReadOnlyList<string> words)
    {
        // Each word is quoted, so it is a plain token to FTS5 and never query syntax; the trailing * matches it as a prefix.
        var match = string.Join(' ', words.Select(w => "\"" + w + "\"*"));
        return db.DesignVersions.FromSql(
            $"SELECT * FROM DesignVersions WHERE Id IN (SELECT rowid FROM DesignVersionSearch WHERE DesignVersionSearch MATCH {match})");
    }
}
