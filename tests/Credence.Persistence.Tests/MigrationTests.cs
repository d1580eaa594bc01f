using Credence.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Persistence.Tests;

public sealed class MigrationTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Migrations_bring_a_new_database_in_line_with_the_model(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CredenceDbContext>();

        var pending = await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken);

        Assert.Empty(pending);
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Equal(0, await db.DesignVersions.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Sqlite_database_is_one_file_in_the_data_folder_in_write_ahead_logging_mode()
    {
        await using var database = await TestDatabase.CreateAsync(TestProviders.Sqlite);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CredenceDbContext>();

        var mode = await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode").SingleAsync(TestContext.Current.CancellationToken);

        Assert.Equal("wal", mode);
        Assert.EndsWith(Path.DirectorySeparatorChar + "credence.db", db.Database.GetDbConnection().DataSource, StringComparison.Ordinal);
    }
}
