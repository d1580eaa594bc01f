namespace Credence.Persistence.Tests.Infrastructure;

/// <summary>The database providers every persistence and web test runs on; PostgreSQL comes from <c>scripts/test-postgres.sh</c>.</summary>
public static class TestProviders
{
    public const string Sqlite = "sqlite";

    public const string PostgreSql = "postgresql";

    /// <summary>The variable that carries the throwaway server's connection string (printed by <c>scripts/test-postgres.sh start</c>).</summary>
    public const string PostgresVariable = "CREDENCE_TEST_POSTGRES";

    private const string SkipReason =
        "PostgreSQL tests SKIPPED: CREDENCE_TEST_POSTGRES is not set. Run `export CREDENCE_TEST_POSTGRES=$(scripts/test-postgres.sh start)` first; with CI=true this is a failure.";

    /// <summary>SQLite always; PostgreSQL when a server is configured, skipped with a reason outside CI, failing in CI.</summary>
    public static IEnumerable<TheoryDataRow<string>> All()
    {
        yield return new TheoryDataRow<string>(Sqlite);
        var postgres = new TheoryDataRow<string>(PostgreSql);
        yield return PostgresConnectionStringOrNull is null && !IsCi ? postgres.WithSkip(SkipReason) : postgres;
    }

    /// <summary>The server's connection string.</summary>
    /// <exception cref="InvalidOperationException">The variable is not set (only reached in CI, where the row is not skipped).</exception>
    public static string PostgresConnectionString =>
        PostgresConnectionStringOrNull ?? throw new InvalidOperationException(
            "CI=true but CREDENCE_TEST_POSTGRES is not set: the test command must start scripts/test-postgres.sh and export its connection string.");

    private static string? PostgresConnectionStringOrNull =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
