using Credence.Persistence.Entities;
using Credence.Persistence.Issuing;
using Credence.Persistence.Issuing.Bulk;
using Credence.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Persistence.Tests.Issuing;

public sealed class BulkIssuerTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Ten_thousand_rows_with_a_hundred_bad_report_exactly_those_and_issue_the_rest_once(string provider)
    {
        await using var fixture = await IssuingFixture.CreateAsync(provider);
        var (csv, bad) = BulkCsv.Generate(10_000);
        var request = new BulkIssueRequest { Institution = "lakeshore", MicrocredentialId = "network-basics", Csv = csv, FileName = "cohort.csv" };

        BulkIssueReport first;
        await using (var scope = fixture.Database.Scope())
        {
            first = await scope.ServiceProvider.GetRequiredService<BulkIssuer>().RunAsync(request, null, Token);
        }

        BulkIssueReport second;
        await using (var scope = fixture.Database.Scope())
        {
            second = await scope.ServiceProvider.GetRequiredService<BulkIssuer>().RunAsync(request, null, Token);
        }

        Assert.Equal(100, bad.Count);
        Assert.Equal(bad, first.Problems.Select(p => (p.Row!.Value, p.Field, p.Code)));
        Assert.Equal((10_000, 9_900, 0), (first.TotalRows, first.Issued, first.Skipped));
        Assert.Equal((0, 9_900), (second.Issued, second.Skipped));
        await using var check = fixture.Database.Scope();
        var db = check.ServiceProvider.GetRequiredService<CredenceDbContext>();
        Assert.Equal(9_900, await db.IssuedCredentials.CountAsync(Token));
        Assert.Equal(9_900, await db.IssuedCredentials.Select(c => c.LearnerId).Distinct().CountAsync(Token));
        Assert.Equal(9_900, await db.OutboxMessages.CountAsync(Token));
        var job = await db.BulkIssuanceJobs.OrderBy(j => j.Id).FirstAsync(Token);
        Assert.Equal((BulkIssuanceStatus.Completed, 10_000, 9_900, 100, 9_900), (job.Status, job.TotalRows, job.ValidRows, job.InvalidRows, job.IssuedCount));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Bulk_credentials_verify_and_carry_the_rows_date_and_evidence(string provider)
    {
        await using var fixture = await IssuingFixture.CreateAsync(provider);
        var (csv, _) = BulkCsv.Generate(3);
        await using var scope = fixture.Database.Scope();

        var report = await scope.ServiceProvider.GetRequiredService<BulkIssuer>().RunAsync(
            new BulkIssueRequest { Institution = "lakeshore", MicrocredentialId = "network-basics", Csv = csv }, null, Token);

        Assert.Equal(3, report.Issued);
        var credential = await scope.ServiceProvider.GetRequiredService<CredenceDbContext>().IssuedCredentials
            .SingleAsync(c => c.IdempotencyKey == "bulk:network-basics:learner1@college.example:R000001", Token);
        Assert.True((await (await fixture.VerifierAsync()).VerifyAsync(credential.Json, Token)).IsVerified);
        using var json = System.Text.Json.JsonDocument.Parse(credential.Json);
        Assert.Equal("2026-02-02T00:00:00Z", json.RootElement.GetProperty("validFrom").GetString());
        Assert.Contains("https://portfolio.example/1", credential.Json, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_header_problem_rejects_the_file_and_issues_nothing(string provider)
    {
        await using var fixture = await IssuingFixture.CreateAsync(provider);
        await using var scope = fixture.Database.Scope();

        var report = await scope.ServiceProvider.GetRequiredService<BulkIssuer>().RunAsync(new BulkIssueRequest
        {
            Institution = "lakeshore",
            MicrocredentialId = "network-basics",
            Csv = "row_id,email,level:weld\n1,a@b.example,expert\n",
        }, null, Token);

        Assert.Equal(
            [(IssuingCodes.CsvColumnMissing, "name"), (IssuingCodes.CsvColumnUnknown, "level:weld")],
            report.Problems.Select(p => (p.Code, p.Field)));
        Assert.Equal(0, report.Issued);
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<CredenceDbContext>().IssuedCredentials.CountAsync(Token));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Mastered_all_awards_every_competency_at_its_required_level_and_quoted_fields_are_read(string provider)
    {
        await using var fixture = await IssuingFixture.CreateAsync(provider);
        await using var scope = fixture.Database.Scope();

        var report = await scope.ServiceProvider.GetRequiredService<BulkIssuer>().RunAsync(new BulkIssueRequest
        {
            Institution = "lakeshore",
            MicrocredentialId = "network-basics",
            Csv = "row_id,email,name,mastered_all\r\n1,ada@learner.example,\"Lovelace, Ada \"\"The Countess\"\"\",yes\r\n2,bob@learner.example,Bob,maybe\r\n",
        }, null, Token);

        Assert.Equal((IssuingCodes.CsvBooleanInvalid, "mastered_all", 3), Assert.Single(report.Problems) is var p ? (p.Code, p.Field, p.Row!.Value) : default);
        var db = scope.ServiceProvider.GetRequiredService<CredenceDbContext>();
        Assert.Equal("Lovelace, Ada \"The Countess\"", (await db.Learners.SingleAsync(Token)).Name);
        Assert.Equal(["competent", "proficient"], await db.AssessmentResults.OrderBy(r => r.CompetencyId).Select(r => r.ProficiencyLevel!).ToListAsync(Token));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_quote_left_open_rejects_the_whole_file_because_the_rows_after_it_cannot_be_read(string provider)
    {
        await using var fixture = await IssuingFixture.CreateAsync(provider);
        await using var scope = fixture.Database.Scope();

        var report = await scope.ServiceProvider.GetRequiredService<BulkIssuer>().RunAsync(new BulkIssueRequest
        {
            Institution = "lakeshore",
            MicrocredentialId = "network-basics",
            Csv = "row_id,email,name,mastered_all\n1,ada@learner.example,Ada,yes\n2,bob@learner.example,\"Bob,yes\n3,cy@learner.example,Cy,yes\n",
        }, null, Token);

        Assert.Equal((IssuingCodes.CsvMalformed, 3), Assert.Single(report.Problems) is var p ? (p.Code, p.Row!.Value) : default);
        Assert.Equal(0, report.Issued);
        Assert.Equal(BulkIssuanceStatus.Rejected, (await scope.ServiceProvider.GetRequiredService<CredenceDbContext>().BulkIssuanceJobs.SingleAsync(Token)).Status);
    }
}
