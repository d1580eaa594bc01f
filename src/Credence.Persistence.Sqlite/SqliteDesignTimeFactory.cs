using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Credence.Persistence.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the context when it adds a SQLite migration.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<CredenceDbContext>
{
    public CredenceDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CredenceDbContext>();
        SqlitePersistence.Configure(options, "Data Source=design-time.db");
        return new CredenceDbContext(options.Options);
    }
}
