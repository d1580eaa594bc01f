using System.Text.Json;
using Credence.Domain.Common;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Credence.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Persistence.Tests.Designs;

public sealed class StoredJudgementsTests
{
    private const string AlignedToNeeds = "mvf.quality.aligned-to-needs";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static IEnumerable<TheoryDataRow<string>> Providers() => TestProviders.All();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_scorer_counts_attestations_reviews_and_engagements_recorded_in_the_database(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var institution = await Samples.AddInstitutionAsync(database);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CredenceDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<DesignStore>();
        var version = (await store.CreateDraftAsync("lakeshore", new Domain.Microcredentials.Microcredential { Id = "judged", Title = "Judged" }, Samples.Designer, Token)).Version!;
        var employer = new Employer { InstitutionId = institution.Id, Name = "Northwind" };
        db.Employers.Add(employer);
        await db.SaveChangesAsync(Token);
        var attestation = new CriterionAttestation { DesignVersionId = version.Id, CriterionId = AlignedToNeeds, Confirmed = true, AttestedBy = "reviewer-1", AttestedAt = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero) };
        attestation.Evidence.Add(new EvidenceLink { Url = "https://example.org/minutes" });
        db.CriterionAttestations.Add(attestation);
        db.Reviews.Add(new Review { DesignVersionId = version.Id, ReviewerId = "reviewer-1", ReviewerKind = ReviewerKind.SubjectMatterExpert, Outcome = ReviewOutcome.Approved, ReviewedAt = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero) });
        db.EmployerEngagements.Add(new EmployerEngagementRecord { EmployerId = employer.Id, DesignId = version.DesignId, Activity = EngagementActivity.Endorsed, Date = new DateOnly(2026, 2, 1) });
        await db.SaveChangesAsync(Token);

        var scorecards = await scope.ServiceProvider.GetRequiredService<DesignScorer>().ScoreAsync(version, Token);

        var criteria = Criteria(scorecards);
        Assert.Equal("met", criteria[AlignedToNeeds]);
        Assert.Equal("met", criteria["mvf.quality.sme-review"]);
        Assert.Equal("met", criteria["mvf.employer-engagement.endorsed"]);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_attestation_counts_for_its_version_and_later_ones_but_not_for_earlier_ones(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await Samples.AddInstitutionAsync(database);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CredenceDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<DesignStore>();
        var design = new Domain.Microcredentials.Microcredential { Id = "versions", Title = "Versions" };
        var first = (await store.CreateDraftAsync("lakeshore", design, Samples.Designer, Token)).Version!;
        await store.PublishAsync("lakeshore", DesignKind.Microcredential, "versions", Samples.Designer, Token);
        var second = (await store.SaveDraftAsync("lakeshore", design with { Title = "Versions, second" }, Samples.Designer, Token)).Version!;
        var attestation = new CriterionAttestation { DesignVersionId = second.Id, CriterionId = AlignedToNeeds, Confirmed = true, AttestedBy = "reviewer-1", AttestedAt = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero) };
        attestation.Evidence.Add(new EvidenceLink { Url = "https://example.org/minutes" });
        db.CriterionAttestations.Add(attestation);
        await db.SaveChangesAsync(Token);
        var scorer = scope.ServiceProvider.GetRequiredService<DesignScorer>();

        var onFirst = Criteria(await scorer.ScoreAsync(await db.DesignVersions.AsNoTracking().SingleAsync(v => v.Id == first.Id, Token), Token));
        var onSecond = Criteria(await scorer.ScoreAsync(second, Token));

        Assert.Equal("not-enough-information", onFirst[AlignedToNeeds]);
        Assert.Equal("met", onSecond[AlignedToNeeds]);
    }

    private static Dictionary<string, string> Criteria(IReadOnlyList<ScorecardRecord> scorecards) =>
        JsonDocument.Parse(scorecards.Single(s => s.FrameworkId == "mvf").Content).RootElement.GetProperty("criteria").EnumerateArray()
            .ToDictionary(c => c.GetProperty("criterionId").GetString()!, c => c.GetProperty("status").GetString()!, StringComparer.Ordinal);
}
