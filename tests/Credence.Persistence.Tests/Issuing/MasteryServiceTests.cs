using Credence.Domain.Microcredentials;
using Credence.Persistence.Issuing;
using Credence.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Persistence.Tests.Issuing;

public sealed class MasteryServiceTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Results_below_a_required_level_record_but_do_not_award(string provider)
    {
        await using var fixture = await IssuingFixture.CreateAsync(provider);
        await using var scope = fixture.Database.Scope();
        var mastery = scope.ServiceProvider.GetRequiredService<MasteryService>();

        var outcome = await mastery.RecordAsync("lakeshore", "network-basics", new LearnerInfo("ada@learner.example", "Ada"),
            [new CompetencyResult { CompetencyId = "configure", ProficiencyLevel = "advanced-beginner" }, new CompetencyResult { CompetencyId = "secure", ProficiencyLevel = "advanced" }],
            Samples.Designer, Token);

        Assert.True(outcome.Succeeded, string.Join(", ", outcome.Problems.Select(p => p.Code + " " + p.Message)));
        Assert.Null(outcome.Award);
        Assert.Equal(["configure"], outcome.Outstanding);
        Assert.Equal(2, await scope.ServiceProvider.GetRequiredService<CredenceDbContext>().AssessmentResults.CountAsync(Token));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Mastering_the_last_competency_creates_the_award_once(string provider)
    {
        await using var fixture = await IssuingFixture.CreateAsync(provider);
        await using var scope = fixture.Database.Scope();
        var mastery = scope.ServiceProvider.GetRequiredService<MasteryService>();
        var learner = new LearnerInfo("Ada@Learner.example", "Ada");
        await mastery.RecordAsync("lakeshore", "network-basics", learner, [new CompetencyResult { CompetencyId = "secure", ProficiencyLevel = "proficient" }], Samples.Designer, Token);

        var first = await mastery.RecordAsync("lakeshore", "network-basics", learner, [new CompetencyResult { CompetencyId = "configure", ProficiencyLevel = "expert" }], Samples.Designer, Token);
        var again = await mastery.RecordAsync("lakeshore", "network-basics", learner, [new CompetencyResult { CompetencyId = "configure", ProficiencyLevel = "expert" }], Samples.Designer, Token);

        Assert.NotNull(first.Award);
        Assert.Equal(first.Award.Id, again.Award!.Id);
        var db = scope.ServiceProvider.GetRequiredService<CredenceDbContext>();
        Assert.Equal(1, await db.Awards.CountAsync(Token));
        Assert.Equal("ada@learner.example", (await db.Learners.SingleAsync(Token)).Email);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Unknown_competencies_levels_and_evidence_links_are_all_reported_and_nothing_is_recorded(string provider)
    {
        await using var fixture = await IssuingFixture.CreateAsync(provider);
        await using var scope = fixture.Database.Scope();
        var mastery = scope.ServiceProvider.GetRequiredService<MasteryService>();

        var outcome = await mastery.RecordAsync("lakeshore", "network-basics", new LearnerInfo("not-an-address", ""),
            [
                new CompetencyResult { CompetencyId = "weld", ProficiencyLevel = "expert" },
                new CompetencyResult { CompetencyId = "configure", ProficiencyLevel = "wizard", Evidence = [new Entities.EvidenceLink { Url = "ftp://x" }] },
            ],
            Samples.Designer, Token);

        Assert.Equal(
            [IssuingCodes.EmailInvalid, IssuingCodes.NameMissing, IssuingCodes.CompetencyUnknown, IssuingCodes.LevelUnknown, IssuingCodes.EvidenceUrlInvalid],
            outcome.Problems.Select(p => p.Code));
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<CredenceDbContext>().AssessmentResults.CountAsync(Token));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_seat_time_only_award_rule_never_awards(string provider)
    {
        var seatTime = IssuingFixture.Networking(new AwardRule { MasteryOfAllCompetencies = false, RequiredSeatHours = 40 });
        await using var fixture = await IssuingFixture.CreateAsync(provider, seatTime);
        await using var scope = fixture.Database.Scope();

        var outcome = await scope.ServiceProvider.GetRequiredService<MasteryService>().RecordAsync(
            "lakeshore", "network-basics", new LearnerInfo("ada@learner.example", "Ada"), IssuingFixture.MasteredResults(), Samples.Designer, Token);

        Assert.Equal([IssuingCodes.SeatTimeOnly], outcome.Problems.Select(p => p.Code));
        Assert.Null(outcome.Award);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task An_unpublished_or_unknown_microcredential_is_refused(string provider)
    {
        await using var fixture = await IssuingFixture.CreateAsync(provider);
        await using var scope = fixture.Database.Scope();
        var mastery = scope.ServiceProvider.GetRequiredService<MasteryService>();

        var unknown = await mastery.RecordAsync("lakeshore", "welding", new LearnerInfo("ada@learner.example", "Ada"), [], Samples.Designer, Token);
        var noInstitution = await mastery.RecordAsync("nowhere", "network-basics", new LearnerInfo("ada@learner.example", "Ada"), [], Samples.Designer, Token);

        Assert.Equal(IssuingCodes.MicrocredentialNotFound, Assert.Single(unknown.Problems).Code);
        Assert.Equal(IssuingCodes.InstitutionNotFound, Assert.Single(noInstitution.Problems).Code);
    }
}
