namespace Credence.Persistence.Search;

/// <summary>One page of catalog results.</summary>
/// <param name="Items">The results on this page.</param>
/// <param name="Total">How many results there are on all pages.</param>
/// <param name="Page">This page's number, from 1.</param>
/// <param name="PageSize">Results per page.</param>
public sealed record CatalogPage(IReadOnlyList<CatalogItem> Items, int Total, int Page, int PageSize);
