using Credence.Persistence.Tests.Infrastructure;
using Credence.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Credence.Web.Tests.Features;

public sealed class StartupTests
{
    [Fact]
    public async Task With_migration_on_start_up_disabled_the_host_leaves_the_schema_alone()
    {
        await using var factory = new CredenceWebFactory(TestProviders.Sqlite, migrate: false);

        // Without a schema the start-up seeding cannot find its tables, which shows the migrations did not run.
        Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.SqliteFolder!, "credence.db")}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = '__EFMigrationsHistory'";
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!);
    }
}
