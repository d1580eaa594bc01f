using Credence.Persistence.Entities;
using Credence.Persistence.Search;
using Microsoft.EntityFrameworkCore;

namespace Credence.Persistence.Sqlite;

/// <summary>Catalog search over the FTS5 table <c>DesignVersionSearch</c> (porter-stemmed, kept in step by triggers).</summary>
internal sealed class SqliteCatalogSearch(CredenceDbContext db, CatalogCountCache counts) : CatalogSearchBase(db, counts)
{
    // Without it, a kind or institution filter makes SQLite start from Designs and sort every version by title.
    protected override IQueryable<DesignVersion> All(CredenceDbContext db) =>
        db.DesignVersions.FromSql($"SELECT * FROM DesignVersions INDEXED BY IX_DesignVersions_Title_DesignId_Number");

    protected override IQueryable<DesignVersion> Match(CredenceDbContext db, IReadOnlyList<string> words)
    {
        // Each word is quoted, so it is a plain token to FTS5 and never query syntax; the trailing * matches it as a prefix.
        var match = string.Join(' ', words.Select(w => "\"" + w + "\"*"));

        // INDEXED BY makes SQLite walk the title index (a few hundred kilobytes) and probe the match set, so a page
        // of hits is read in title order and stops after the page; left to itself it reads and sorts every matching
        // row, and each row carries the design's JSON (costly for broad matches: 12–16 ms against 1 ms at 6,000 hits).
        return db.DesignVersions.FromSql(
            $"SELECT * FROM DesignVersions INDEXED BY IX_DesignVersions_Title_DesignId_Number WHERE Id IN (SELECT rowid FROM DesignVersionSearch WHERE DesignVersionSearch MATCH {match})");
    }
}
