using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Credence.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Credence.Persistence.Search;

/// <summary>
/// The match counts of catalog searches. Counting every match is most of a broad search's cost (the page itself stops
/// after twenty rows), so a count is kept until a design, version or institution changes through this process's
/// contexts, and for at most <see cref="Lifetime"/>, which bounds how stale a count can be when another web instance
/// changed the catalog.
/// </summary>
/// <param name="time">The clock for the lifetime.</param>
internal sealed class CatalogCountCache(TimeProvider time) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>How long a count is kept at most.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private const int Capacity = 4096;
    private readonly ConcurrentDictionary<CatalogQuery, Entry> _entries = new();
    private readonly ConditionalWeakTable<DbContext, object> _changing = [];
    private long _generation;

    /// <summary>The generation to read before counting and to store the count with.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>The cached count of a search's matches, if it is current.</summary>
    /// <param name="key">The search without its page (see <see cref="KeyOf"/>).</param>
    /// <param name="total">The count.</param>
    /// <returns>Whether a current count was found.</returns>
    public bool TryGet(CatalogQuery key, out int total)
    {
        if (_entries.TryGetValue(key, out var entry) && entry.Generation == Generation &&
            time.GetElapsedTime(entry.Stored) < Lifetime)
        {
            total = entry.Total;
            return true;
        }

        total = 0;
        return false;
    }

    /// <summary>Keeps a count computed after reading <paramref name="generation"/>.</summary>
    /// <param name="key">The search without its page.</param>
    /// <param name="generation">The generation read before counting; a change since makes the count stale at once.</param>
    /// <param name="total">The count.</param>
    public void Set(CatalogQuery key, long generation, int total)
    {
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }

        _entries[key] = new Entry(total, generation, time.GetTimestamp());
    }

    /// <summary>The cache key of a search: its words as the search splits them and its filters, without the page.</summary>
    /// <param name="query">The search.</param>
    /// <param name="words">Its words.</param>
    /// <returns>The key.</returns>
    public static CatalogQuery KeyOf(CatalogQuery query, IReadOnlyList<string> words) =>
        query with { Text = string.Join(' ', words), Page = 1, PageSize = 0 };

    /// <inheritdoc />
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    /// <inheritdoc />
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    /// <inheritdoc />
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Advance(eventData.Context);
        return result;
    }

    /// <inheritdoc />
    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Advance(eventData.Context);
        return ValueTask.FromResult(result);
    }

    /// <inheritdoc />
    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Advance(eventData.Context);

    /// <inheritdoc />
    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Advance(eventData.Context);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Ended(eventData.Context);

    /// <inheritdoc />
    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData.Context);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Ended(eventData.Context);

    /// <inheritdoc />
    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted &&
                entry.Entity is Design or DesignVersion or Institution)
            {
                _changing.AddOrUpdate(context, context);
                return;
            }
        }
    }

    // Advanced after the save, so a count taken while the save was running is stored under the old generation and never
    // served. Inside a transaction the change is not visible to other connections yet: advance again when it ends.
    private void Advance(DbContext? context)
    {
        if (context is null || !_changing.TryGetValue(context, out _))
        {
            return;
        }

        if (context.Database.CurrentTransaction is null)
        {
            _changing.Remove(context);
        }

        Interlocked.Increment(ref _generation);
    }

    private void Ended(DbContext? context)
    {
        if (context is not null && _changing.Remove(context))
        {
            Interlocked.Increment(ref _generation);
        }
    }

    private sealed record Entry(int Total, long Generation, long Stored);
}
