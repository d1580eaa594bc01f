namespace Credence.Persistence.Search;

/// <summary>Full-text search and filters over the catalog, served by the database's own full-text index (SQLite FTS5, PostgreSQL <c>tsvector</c>).</summary>
public interface ICatalogSearch
{
    /// <summary>Finds the designs that match a query, ordered by title.</summary>
    /// <param name="query">The words and filters.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>One page of results and the total count.</returns>
    Task<CatalogPage> SearchAsync(CatalogQuery query, CancellationToken cancellationToken);
}
