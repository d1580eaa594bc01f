using Microsoft.EntityFrameworkCore;

namespace Credence.Persistence;

/// <summary>Brings a Credence database up to date.</summary>
public static class CredenceDatabase
{
    private const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    /// <summary>Applies pending migrations of the configured provider; on SQLite also switches the file to write-ahead logging.</summary>
    /// <param name="db">The database.</param>
    /// <param name="cancellationToken">Cancels the migration.</param>
    /// <returns>A task that completes when the database is current.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="db"/> is null.</exception>
    public static async Task MigrateAsync(CredenceDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (db.Database.ProviderName == SqliteProvider)
        {
            // WAL lets readers go on while one writer writes; the mode is stored in the file, so setting it once suffices.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        }
    }
}
