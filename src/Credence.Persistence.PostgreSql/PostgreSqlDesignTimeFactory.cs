using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Credence.Persistence.PostgreSql;

/// <summary>Lets <c>dotnet ef</c> build the context when it adds a PostgreSQL migration (no server is contacted).</summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<CredenceDbContext>
{
    public CredenceDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CredenceDbContext>();
        PostgreSqlPersistence.Configure(options, "Host=localhost;Database=credence_design_time");
        return new CredenceDbContext(options.Options);
    }
}
