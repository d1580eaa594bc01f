using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Credence.Persistence;
using Credence.Persistence.Issuing;
using Credence.Persistence.Tests.Infrastructure;
using Credence.Persistence.Tests.Issuing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Cli.Tests.Commands;

public sealed class IssueCommandTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_run_killed_midway_and_run_again_ends_with_exactly_the_valid_rows_issued_once(string provider)
    {
        await using var fixture = await IssuingFixture.CreateAsync(provider);
        using var folder = new TempFolder();
        var (csv, bad) = BulkCsv.Generate(10_000);
        var file = folder.Write("cohort.csv", csv);
        string[] args = ["issue", "--csv", file, "--microcredential", "network-basics", "--provider", provider, "--connection-string", fixture.Database.ConnectionString,
            "--data-path", folder.Path, "--public-base-url", IssuingFixture.BaseUrl.AbsoluteUri];

        var killedAt = await RunAndKillAsync(args, threshold: 2_500);
        var afterKill = await CountAsync(fixture);
        var rerun = await CliRun.RunAsync(args);

        Assert.InRange(afterKill, killedAt, 9_899);
        Assert.Equal(ExitCodes.NegativeVerdict, rerun.ExitCode);
        Assert.Equal(bad.Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.Code}: row {b.Row}, {b.Field}")),
            rerun.Error.Split('\n').Where(l => l.StartsWith("issuing.", StringComparison.Ordinal)).Select(l => l[..l.LastIndexOf(':')]));
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Issued {9_900 - afterKill}, skipped {afterKill} already issued, 100 rows with problems (of 10000)."), rerun.Out, StringComparison.Ordinal);
        Assert.Equal(9_900, await CountAsync(fixture));
        await using var scope = fixture.Database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CredenceDbContext>();
        Assert.Equal(9_900, await db.IssuedCredentials.Select(c => c.LearnerId).Distinct().CountAsync(Token));
        Assert.Equal(9_900, await db.IssuedCredentials.Select(c => c.IdempotencyKey).Distinct().CountAsync(Token));
        Assert.Equal(9_900, await db.Awards.CountAsync(Token));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_json_report_lists_each_bad_row_with_its_field_and_code(string provider)
    {
        await using var fixture = await IssuingFixture.CreateAsync(provider);
        using var folder = new TempFolder();
        var file = folder.Write("small.csv", BulkCsv.Header + "\nR1,ada@learner.example,Ada,proficient,proficient,,\nR2,grace,Grace,proficient,proficient,,\n");

        var run = await CliRun.RunAsync("issue", "--csv", file, "--microcredential", "network-basics", "--institution", "lakeshore", "--provider", provider,
            "--connection-string", fixture.Database.ConnectionString, "--data-path", folder.Path, "--public-base-url", IssuingFixture.BaseUrl.AbsoluteUri, "--json");

        Assert.Equal(ExitCodes.NegativeVerdict, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(1, json.RootElement.GetProperty("issued").GetInt32());
        var problem = Assert.Single(json.RootElement.GetProperty("problems").EnumerateArray());
        Assert.Equal((3, "email", IssuingCodes.EmailInvalid), (problem.GetProperty("row").GetInt32(), problem.GetProperty("field").GetString(), problem.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Issuing_without_a_public_base_url_is_a_usage_error()
    {
        using var folder = new TempFolder();
        var file = folder.Write("small.csv", BulkCsv.Header + "\n");

        var run = await CliRun.RunAsync("issue", "--csv", file, "--microcredential", "network-basics", "--data-path", folder.Path, "--public-base-url", "http://insecure.example");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.StartsWith(CliCodes.DatabaseNotConfigured + ":", run.Error, StringComparison.Ordinal);
    }

    /// <summary>Runs the CLI as a child process and kills it once its progress line reports at least <paramref name="threshold"/> rows stored.</summary>
    private static async Task<int> RunAndKillAsync(string[] args, int threshold)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Credence.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!; // Start returns a process for a non-shell start.
        _ = process.StandardOutput.ReadToEndAsync(Token);
        while (await process.StandardError.ReadLineAsync(Token) is { } line)
        {
            // Redirected progress lines read "credence: issued DONE/TOTAL", written after each stored batch.
            const string Prefix = "credence: issued ";
            if (line.StartsWith(Prefix, StringComparison.Ordinal) && int.Parse(line[Prefix.Length..line.IndexOf('/', StringComparison.Ordinal)], CultureInfo.InvariantCulture) is var done && done >= threshold)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(Token);
                return done - 500;
            }
        }

        await process.WaitForExitAsync(Token);
        throw new InvalidOperationException($"The CLI finished (exit {process.ExitCode}) before reaching {threshold} rows.");
    }

    private static async Task<int> CountAsync(IssuingFixture fixture)
    {
        await using var scope = fixture.Database.Scope();
        return await scope.ServiceProvider.GetRequiredService<CredenceDbContext>().IssuedCredentials.CountAsync(Token);
    }
}
