using Credence.Domain.Common;
using Credence.Domain.Evaluation;
using Credence.Domain.Frameworks;
using Credence.Persistence.Designs;
using Credence.Persistence.Entities;
using Credence.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Persistence.Tests;

public sealed class EntityRoundTripTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Scorecards_reviews_attestations_and_employer_engagements_are_stored_against_a_version_with_their_evidence(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var institution = await Samples.AddInstitutionAsync(database);
        long versionId;
        await using (var setup = database.Scope())
        {
            var created = await setup.ServiceProvider.GetRequiredService<DesignStore>().CreateDraftAsync("lakeshore", Samples.Networking(), Samples.Designer, Token);
            versionId = created.Version!.Id;
            var db = setup.ServiceProvider.GetRequiredService<CredenceDbContext>();
            var scorecard = new Scorecard
            {
                SubjectId = "network-basics",
                SubjectTitle = "Network Basics",
                SubjectKind = SubjectKind.Microcredential,
                FrameworkId = "mvf",
                FrameworkTitle = "Microcredential Value Framework",
                FrameworkVersion = "1.0.0",
                AsOf = new DateOnly(2026, 3, 1),
                DataVintage = "oews-2024",
                OverallScore = 0.75,
                Principles = [],
                Criteria = [],
            };
            db.Scorecards.Add(new ScorecardRecord
            {
                DesignVersionId = versionId,
                FrameworkId = scorecard.FrameworkId,
                FrameworkVersion = scorecard.FrameworkVersion,
                DataVintage = scorecard.DataVintage,
                AsOf = scorecard.AsOf,
                OverallScore = scorecard.OverallScore,
                Content = DesignJson.Serialize(scorecard),
                CreatedAt = database.Time.GetUtcNow(),
            });
            var review = new Review { DesignVersionId = versionId, ReviewerId = "user-reviewer", ReviewerKind = ReviewerKind.SubjectMatterExpert, Outcome = ReviewOutcome.ApprovedWithChanges, ReviewedAt = database.Time.GetUtcNow() };
            review.Evidence.Add(new EvidenceLink { Url = "https://example.org/minutes.pdf", Title = "Committee minutes" });
            db.Reviews.Add(review);
            var attestation = new CriterionAttestation { DesignVersionId = versionId, CriterionId = "mvf.quality.aligned-to-needs", Confirmed = true, AttestedBy = "user-reviewer", AttestedAt = database.Time.GetUtcNow() };
            attestation.Evidence.Add(new EvidenceLink { Url = "https://example.org/survey.pdf" });
            attestation.Evidence.Add(new EvidenceLink { Url = "https://example.org/letter.pdf" });
            db.CriterionAttestations.Add(attestation);
            var employer = new Employer { InstitutionId = institution.Id, Name = "Northwind Networks", Sector = "Information" };
            employer.Engagements.Add(new EmployerEngagementRecord { DesignId = created.Version.DesignId, Activity = EngagementActivity.Validated, Date = new DateOnly(2026, 2, 1), RecordedAt = database.Time.GetUtcNow() });
            db.Employers.Add(employer);
            await db.SaveChangesAsync(Token);
        }

        await using var scope = database.Scope();
        var read = scope.ServiceProvider.GetRequiredService<CredenceDbContext>();
        var storedScorecard = await read.Scorecards.SingleAsync(s => s.DesignVersionId == versionId, Token);
        var storedReview = await read.Reviews.Include(r => r.Evidence).SingleAsync(Token);
        var storedAttestation = await read.CriterionAttestations.Include(a => a.Evidence).SingleAsync(Token);
        var storedEmployer = await read.Employers.Include(e => e.Engagements).SingleAsync(Token);

        Assert.Equal(("mvf", "1.0.0", "oews-2024", new DateOnly(2026, 3, 1)), (storedScorecard.FrameworkId, storedScorecard.FrameworkVersion, storedScorecard.DataVintage, storedScorecard.AsOf));
        Assert.Contains("\"subjectKind\":\"microcredential\"", storedScorecard.Content, StringComparison.Ordinal);
        Assert.Equal(ReviewOutcome.ApprovedWithChanges, storedReview.Outcome);
        Assert.Equal("https://example.org/minutes.pdf", Assert.Single(storedReview.Evidence).Url);
        Assert.Equal(2, storedAttestation.Evidence.Count);
        Assert.Equal(EngagementActivity.Validated, Assert.Single(storedEmployer.Engagements).Activity);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Institution_slugs_are_unique(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await Samples.AddInstitutionAsync(database);

        await Assert.ThrowsAsync<DbUpdateException>(() => Samples.AddInstitutionAsync(database, "lakeshore", "Another name"));
    }
}
