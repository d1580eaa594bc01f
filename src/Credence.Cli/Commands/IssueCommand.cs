using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Credence.Persistence;
using Credence.Persistence.Issuing;
using Credence.Persistence.Issuing.Bulk;
using Credence.Persistence.PostgreSql;
using Credence.Persistence.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Cli.Commands;

/// <summary>
/// <c>credence issue --csv FILE --microcredential ID [--institution SLUG] [--provider sqlite|postgresql] [--connection-string CS]
/// [--data-path DIR] [--public-base-url URL]</c>: bulk issuance into the platform's database, the same store the web app uses
/// (the options default to the web app's settings read from the environment: <c>Database__Provider</c>,
/// <c>ConnectionStrings__Credence</c>, <c>Credence__DataPath</c>, <c>Credence__PublicBaseUrl</c>).
/// </summary>
internal static class IssueCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create(CliContext context)
    {
        var csv = new Option<string>("--csv") { Description = "The CSV file (docs/issuing.md).", Required = true, HelpName = "FILE" };
        var microcredential = new Option<string>("--microcredential") { Description = "The microcredential's id; its published version is issued.", Required = true, HelpName = "ID" };
        var institution = new Option<string?>("--institution") { Description = "The institution's slug; may be left out when the database holds one institution.", HelpName = "SLUG" };
        var provider = new Option<string?>("--provider") { Description = "sqlite (default) or postgresql; default: Database__Provider.", HelpName = "PROVIDER" };
        var connection = new Option<string?>("--connection-string") { Description = "The database connection string; default: ConnectionStrings__Credence, or the SQLite file in the data folder.", HelpName = "CS" };
        var dataPath = new Option<string?>("--data-path") { Description = "The data folder (SQLite file, mail pickup); default: Credence__DataPath or ./data.", HelpName = "DIR" };
        var baseUrl = new Option<string?>("--public-base-url") { Description = "The public HTTPS base URL (decides the issuer's did:web); default: Credence__PublicBaseUrl.", HelpName = "URL" };
        var batch = new Option<int>("--batch-size") { Description = "Rows signed and stored per transaction.", DefaultValueFactory = _ => 1000 };
        var json = new Option<bool>("--json") { Description = "Write the report as JSON." };
        var command = new Command("issue", "Issue a microcredential to every valid row of a CSV file; re-running never duplicates and resumes an interrupted run.")
        {
            csv, microcredential, institution, provider, connection, dataPath, baseUrl, batch, json,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var asJson = parseResult.GetValue(json);
            var path = parseResult.GetValue(csv)!;
            if (!File.Exists(path))
            {
                return await CredentialFiles.FailAsync(context, CliCodes.PathNotFound, $"{path} does not exist.", ExitCodes.Usage, asJson).ConfigureAwait(false);
            }

            var settings = new DatabaseSettings(
                parseResult.GetValue(provider) ?? Environment.GetEnvironmentVariable("Database__Provider") ?? "sqlite",
                parseResult.GetValue(connection) ?? Environment.GetEnvironmentVariable("ConnectionStrings__Credence"),
                parseResult.GetValue(dataPath) ?? Environment.GetEnvironmentVariable("Credence__DataPath") ?? "data",
                parseResult.GetValue(baseUrl) ?? Environment.GetEnvironmentVariable("Credence__PublicBaseUrl"));
            if (settings.Problem() is { } problem)
            {
                return await CredentialFiles.FailAsync(context, CliCodes.DatabaseNotConfigured, problem, ExitCodes.Usage, asJson).ConfigureAwait(false);
            }

            var services = settings.BuildServices(context.Time);
            await using (services.ConfigureAwait(false))
            {
                return await RunAsync(context, services, new BulkIssueRequest
                {
                    Institution = parseResult.GetValue(institution) ?? "",
                    MicrocredentialId = parseResult.GetValue(microcredential)!,
                    Csv = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false),
                    FileName = Path.GetFileName(path),
                    StartedBy = "cli",
                    BatchSize = Math.Max(1, parseResult.GetValue(batch)),
                }, asJson, cancellationToken).ConfigureAwait(false);
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ServiceProvider services, BulkIssueRequest request, bool asJson, CancellationToken cancellationToken)
    {
        var migrate = services.CreateAsyncScope();
        await using (migrate.ConfigureAwait(false))
        {
            await CredenceDatabase.MigrateAsync(migrate.ServiceProvider.GetRequiredService<CredenceDbContext>(), cancellationToken).ConfigureAwait(false);
        }

        var run = services.CreateAsyncScope();
        await using (run.ConfigureAwait(false))
        {
            if (request.Institution.Length == 0)
            {
                var slugs = await run.ServiceProvider.GetRequiredService<CredenceDbContext>().Institutions.Select(i => i.Slug).Take(2).ToListAsync(cancellationToken).ConfigureAwait(false);
                if (slugs.Count != 1)
                {
                    return await CredentialFiles.FailAsync(context, CliCodes.InstitutionAmbiguous, "Name the institution with --institution.", ExitCodes.Usage, asJson).ConfigureAwait(false);
                }

                request = request with { Institution = slugs[0] };
            }

            var report = await run.ServiceProvider.GetRequiredService<BulkIssuer>().RunAsync(request, new ProgressBar(context), cancellationToken).ConfigureAwait(false);
            return await WriteReportAsync(context, report, asJson).ConfigureAwait(false);
        }
    }

    private static async Task<int> WriteReportAsync(CliContext context, BulkIssueReport report, bool asJson)
    {
        if (report.Code is not null)
        {
            return await CredentialFiles.FailAsync(context, report.Code, "The institution or its published microcredential was not found.", ExitCodes.NegativeVerdict, asJson).ConfigureAwait(false);
        }

        if (asJson)
        {
            await context.Out.WriteLineAsync(JsonSerializer.Serialize(new
            {
                jobId = report.JobId,
                totalRows = report.TotalRows,
                issued = report.Issued,
                skipped = report.Skipped,
                invalidRows = report.InvalidRows,
                problems = report.Problems.Select(p => new { row = p.Row, field = p.Field, code = p.Code, message = p.Message }),
            }, Json)).ConfigureAwait(false);
        }
        else
        {
            foreach (var problem in report.Problems)
            {
                var where = problem.Field is null ? $"row {problem.Row}" : $"row {problem.Row}, {problem.Field}";
                await context.Error.WriteLineAsync($"{problem.Code}: {where}: {problem.Message}").ConfigureAwait(false);
            }

            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Issued {report.Issued}, skipped {report.Skipped} already issued, {report.InvalidRows} rows with problems (of {report.TotalRows}).")).ConfigureAwait(false);
        }

        return report.Problems.Count > 0 ? ExitCodes.NegativeVerdict : ExitCodes.Ok;
    }

    /// <summary>The web app's database and public address settings, given as options or read from its environment variables.</summary>
    private sealed record DatabaseSettings(string Provider, string? ConnectionString, string DataPath, string? PublicBaseUrl)
    {
        private bool IsSqlite => Provider.Equals("sqlite", StringComparison.OrdinalIgnoreCase);

        public string? Problem()
        {
            if (!IsSqlite && !Provider.Equals("postgresql", StringComparison.OrdinalIgnoreCase))
            {
                return $"The provider '{Provider}' is not sqlite or postgresql.";
            }

            if (!IsSqlite && string.IsNullOrEmpty(ConnectionString))
            {
                return "PostgreSQL needs --connection-string (or ConnectionStrings__Credence).";
            }

            return Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps
                ? null
                : "Issuing needs the public HTTPS base URL: --public-base-url (or Credence__PublicBaseUrl).";
        }

        public ServiceProvider BuildServices(TimeProvider time)
        {
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddSingleton(time);
            if (IsSqlite)
            {
                services.AddCredenceSqlite(string.IsNullOrEmpty(ConnectionString) ? SqlitePersistence.ConnectionStringForDataPath(DataPath) : ConnectionString);
            }
            else
            {
                services.AddCredencePostgreSql(ConnectionString!); // Problem() refuses PostgreSQL without a connection string.
            }

            services.AddCredenceIssuing(new IssuingOptions { PublicBaseUrl = new Uri(PublicBaseUrl!), DataPath = DataPath });
            return services.BuildServiceProvider();
        }
    }

    /// <summary>Turns batch progress into the CLI's progress line.</summary>
    private sealed class ProgressBar(CliContext context) : IProgress<BulkIssueProgress>
    {
        private Progress? _progress;
        private int _shown;

        public void Report(BulkIssueProgress value)
        {
            _progress ??= new Progress(context.Error, context.ErrorIsTerminal, "issued", value.Total);
            for (; _shown < value.Done; _shown++)
            {
                _progress.Advance();
            }

            if (value.Done == value.Total)
            {
                _progress.Done();
            }
        }
    }
}
